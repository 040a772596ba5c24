using System.Globalization;
using Microsoft.Extensions.Localization;
using Sac.Application.Audit;
using Sac.Web.Spreadsheets;

namespace Sac.Web.Models;

/// <summary>
/// The audit trail and the registry-access log as CSV (<see cref="CsvFile"/>): headers in the user's language, values as
/// stored (action and outcome codes, numbers and plates), times on the Brussels clock to the second.
/// </summary>
public static class AuditCsv
{
    public const string ContentType = CsvFile.ContentType;

    private static readonly (string Header, Func<AuditLine, object?> Value)[] EntryColumns =
    [
        ("Audit.At", l => Instant(l.At)),
        ("Audit.User", l => l.UserName),
        ("Audit.Roles", l => l.Roles),
        ("Audit.Action", l => l.Action),
        ("Case.Municipality", l => l.Municipality),
        ("Audit.SubjectKind", l => l.Subject?.ToString()),
        ("Audit.SubjectId", l => l.SubjectId),
        ("Audit.Subject", l => l.SubjectLabel),
        ("Audit.Before", l => l.Before),
        ("Audit.After", l => l.After),
    ];

    private static readonly (string Header, Func<RegistryAccessLine, object?> Value)[] AccessColumns =
    [
        ("Audit.At", l => Instant(l.At)),
        ("Audit.User", l => l.UserName),
        ("Audit.Role", l => l.Role),
        ("Audit.Registry", l => l.Registry.ToString()),
        ("Audit.LookedUp", l => l.Subject),
        ("Audit.HolderOn", l => l.AtDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        ("Audit.Reference", l => l.Reference),
        ("Audit.Purpose", l => l.Purpose?.ToString()),
        ("Audit.Outcome", l => l.Outcome.ToString()),
        ("Audit.FieldsReturned", l => l.FieldsReturned),
    ];

    public static byte[] Entries(IEnumerable<AuditLine> lines, IStringLocalizer localizer) => Write(lines, EntryColumns, localizer);

    public static byte[] RegistryAccesses(IEnumerable<RegistryAccessLine> lines, IStringLocalizer localizer) => Write(lines, AccessColumns, localizer);

    /// <summary>"audit-2025-03-10.csv": the log and the day it was taken.</summary>
    public static string FileName(string log, TimeProvider clock) =>
        $"{log}-{BrusselsTime.Today(clock).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.csv";

    private static byte[] Write<T>(IEnumerable<T> lines, (string Header, Func<T, object?> Value)[] columns, IStringLocalizer localizer) =>
        CsvFile.Write(SpreadsheetTable.Of(lines, [.. columns.Select(c => (localizer[c.Header].Value, c.Value))]));

    private static string Instant(DateTimeOffset at) => BrusselsTime.ToLocal(at).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
