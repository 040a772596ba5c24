using System.Globalization;
using System.Text;
using Microsoft.Extensions.Localization;
using Sac.Application.Cases.Collection;

namespace Sac.Web.Models;

/// <summary>
/// The hand-over list for the financial director and the bailiff as a spreadsheet: semicolon-separated, UTF-8
/// with a byte order mark (so Excel reads accents and opens it in columns), headers and formats in the user's language.
/// </summary>
public static class CollectionCsv
{
    private const char Separator = ';';

    private static readonly (string Header, Func<CollectionLine, string?> Value)[] Columns =
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
        ("Payment.AmountDue", l => Number(l.AmountDue)),
        ("Payment.AmountPaid", l => Number(l.AmountPaid)),
        ("Payment.Outstanding", l => Number(l.Outstanding)),
        ("Payment.Communication", l => l.StructuredCommunication),
    ];

    public static byte[] Write(IEnumerable<CollectionLine> lines, IStringLocalizer localizer)
    {
        var csv = new StringBuilder();
        AppendRow(csv, Columns.Select(c => (string?)localizer[c.Header].Value));
        foreach (var line in lines)
        {
            AppendRow(csv, Columns.Select(c => c.Value(line)));
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    /// <summary>Amounts without currency, with the culture's decimal comma, so a spreadsheet reads them as numbers.</summary>
    private static string Number(decimal amount) => amount.ToString("0.00", CultureInfo.CurrentCulture);

    private static void AppendRow(StringBuilder csv, IEnumerable<string?> values)
    {
        csv.AppendJoin(Separator, values.Select(Escape));
        csv.Append("\r\n");
    }

    /// <summary>RFC 4180: a value with a separator, a quote or a line break goes in quotes, its quotes doubled.</summary>
    private static string Escape(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        return value.IndexOfAny([Separator, '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}
