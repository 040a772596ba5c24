using System.Globalization;
using System.Text;

namespace Sac.Web.Spreadsheets;

/// <summary>
/// CSV as Belgian spreadsheets open it: semicolon-separated, UTF-8 with a byte order mark (Excel then reads accents and
/// opens it in columns), numbers with the user's decimal comma, dates as yyyy-mm-dd. Text a spreadsheet would run as a
/// formula (a name typed as "=HYPERLINK(…)") gets a leading apostrophe, so Excel shows it as text.
/// </summary>
public static class CsvFile
{
    public const string ContentType = "text/csv; charset=utf-8";

    private const char Separator = ';';

    public static byte[] Write(SpreadsheetTable table)
    {
        var csv = new StringBuilder();
        AppendRow(csv, table.Headers);
        foreach (var row in table.Rows)
        {
            AppendRow(csv, row.Select(Text));
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        string text => AsText(text),
        TrustedText trusted => trusted.Value,
        decimal amount => amount.ToString("0.00", CultureInfo.CurrentCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.CurrentCulture),
        _ => value.ToString(),
    };

    private static string AsText(string text) => text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

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
