using Microsoft.Extensions.Localization;
using Sac.Application.Cases.Collection;
using Sac.Web.Spreadsheets;

namespace Sac.Web.Models;

/// <summary>
/// The hand-over list for the financial director and the bailiff as CSV (<see cref="CsvFile"/>), headers and formats in
/// the user's language.
/// </summary>
public static class CollectionCsv
{
    private static readonly (string Header, Func<CollectionLine, object?> Value)[] Columns =
    [
        ("Case.Number", l => l.CaseNumber),
        ("Case.Municipality", l => l.Municipality),
        ("Offender.Name", l => l.OffenderName),
        ("Offender.NationalRegisterNumber", l => l.NationalRegisterNumber is null ? null : Formats.NationalRegisterNumber(l.NationalRegisterNumber)),
        ("Offender.EnterpriseNumber", l => l.EnterpriseNumber is null ? null : Formats.EnterpriseNumber(l.EnterpriseNumber)),
        ("Finding.Street", l => l.Street),
        ("Finding.HouseNumber", l => l.HouseNumber),
        ("Finding.PostalCode", l => l.PostalCode),
        ("Finding.City", l => l.City),
        ("Offender.Country", l => l.Country),
        ("Field.DecidedAt", l => Formats.Date(l.DecidedOn)),
        ("Decision.EnforceableOn", l => Formats.Date(l.EnforceableOn)),
        ("Collection.HandedOverOn", l => Formats.Date(l.HandedOverOn)),
        ("Payment.AmountDue", l => l.AmountDue),
        ("Payment.AmountPaid", l => l.AmountPaid),
        ("Payment.Outstanding", l => l.Outstanding),
        ("Payment.Communication", l => TrustedText.Of(l.StructuredCommunication)),
    ];

    public static byte[] Write(IEnumerable<CollectionLine> lines, IStringLocalizer localizer) =>
        CsvFile.Write(SpreadsheetTable.Of(lines, [.. Columns.Select(c => (localizer[c.Header].Value, c.Value))]));
}
