using System.Globalization;
using System.Text;
using Microsoft.Extensions.Localization;
using Sac.Application.Audit;

namespace Sac.Web.Models;

/// <summary>
/// The audit trail and the registry-access log as spreadsheets: semicolon-separated, UTF-8 with a byte order mark (Excel
/// reads accents and opens it in columns), headers in the user's language, values as stored (action and outcome codes,
/// numbers and plates), times on the Brussels clock to the second.
/// </summary>
public static class AuditCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    private const char Separator = ';';

    private static readonly (string Header, Func<AuditLine, string?> Value)[] EntryColumns =
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

    private static readonly (string Header, Func<RegistryAccessLine, string?> Value)[] AccessColumns =
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

    private static byte[] Write<T>(IEnumerable<T> lines, (string Header, Func<T, string?> Value)[] columns, IStringLocalizer localizer)
    {
        var csv = new StringBuilder();
        AppendRow(csv, columns.Select(c => (string?)localizer[c.Header].Value));
        foreach (var line in lines)
        {
            AppendRow(csv, columns.Select(c => c.Value(line)));
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static string Instant(DateTimeOffset at) => BrusselsTime.ToLocal(at).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    private static void AppendRow(StringBuilder csv, IEnumerable<string?> values)
    {
        csv.AppendJoin(Separator, values.Select(Escape));
        csv.Append("\r\n");
    }

    /// <summary>
    /// RFC 4180 quoting; and a value a spreadsheet would run as a formula (a user name typed at a failed sign-in may be
    /// "=HYPERLINK(…)") gets a leading apostrophe, so the auditor's Excel shows it as text.
    /// </summary>
    private static string Escape(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([Separator, '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}
