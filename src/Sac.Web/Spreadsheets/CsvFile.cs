using System.Globalization;
using System.Text;

namespace Sac.Web.Spreadsheets;

/// <summary>
/// CSV as Belgian spreadsheets open it: semicolon-separated, UTF-8 with a byte order mark (Excel then reads accents and
/// opens it in columns), numbers with the user's decimal comma, dates as yyyy-mm-dd. Text a spreadsheet would run as a
/// formula (a name typed as "=HYPERLINK(…)") gets a leading apostrophe, so Excel shows it as text. <see cref="Read"/> takes
/// back what <see cref="Write"/> wrote, and what a spreadsheet saves as CSV: semicolons or commas, with or without the
/// byte order mark.
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

    /// <summary>
    /// The first non-empty line is the headers, every further non-empty line a row of texts (null for an empty cell), the
    /// formula apostrophe of <see cref="Write"/> removed. The separator is the one the header line uses: a semicolon, else a comma.
    /// </summary>
    /// <exception cref="DecoderFallbackException">The file is not UTF-8 text.</exception>
    public static SpreadsheetTable Read(byte[] content)
    {
        var text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(content);
        var lines = Lines(text.TrimStart('\uFEFF'), SeparatorOf(text)).Where(line => line.Any(cell => cell.Length > 0)).ToList();
        if (lines.Count == 0)
        {
            return new SpreadsheetTable([], []);
        }

        return new SpreadsheetTable(
            [.. lines[0].Select(header => header.Trim())],
            [.. lines.Skip(1).Select(line => (IReadOnlyList<object?>)[.. line.Select(cell => cell.Length == 0 ? null : (object)FromText(cell))])]);
    }

    private static char SeparatorOf(string text)
    {
        var firstLine = text.AsSpan(0, text.IndexOfAny(['\r', '\n']) is var end and >= 0 ? end : text.Length);
        return firstLine.Contains(Separator) || !firstLine.Contains(',') ? Separator : ',';
    }

    /// <summary>RFC 4180: quoted values may hold separators, doubled quotes and line breaks.</summary>
    private static IEnumerable<List<string>> Lines(string text, char separator)
    {
        var line = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == separator)
            {
                line.Add(cell.ToString());
                cell.Clear();
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                line.Add(cell.ToString());
                cell.Clear();
                yield return line;
                line = [];
            }
            else
            {
                cell.Append(c);
            }
        }

        if (cell.Length > 0 || line.Count > 0)
        {
            line.Add(cell.ToString());
            yield return line;
        }
    }

    private static string FromText(string cell) => cell.Length > 1 && cell[0] == '\'' && IsFormulaStart(cell[1]) ? cell[1..] : cell;

    private static bool IsFormulaStart(char c) => c is '=' or '+' or '-' or '@' or '\t' or '\r';

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

    private static string AsText(string text) => text.Length > 0 && IsFormulaStart(text[0]) ? "'" + text : text;

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
