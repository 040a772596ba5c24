using MiniExcelLibs;

namespace Sac.Web.Spreadsheets;

/// <summary>An Excel workbook of one sheet: the headers on the first row, numbers and dates as typed cells.</summary>
public static class XlsxFile
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Write(SpreadsheetTable table, string sheetName)
    {
        // MiniExcel takes rows as dictionaries keyed by header; a header given twice would lose a column.
        var rows = table.Rows.Select(row => table.Headers.Select((header, i) => (header, value: Cell(row[i])))
            .ToDictionary(c => c.header, c => c.value));
        using var file = new MemoryStream();
        file.SaveAs(rows, sheetName: sheetName, excelType: ExcelType.XLSX);
        return file.ToArray();
    }

    /// <summary>
    /// The first sheet: its first non-empty row is the headers, every further non-empty row a row of cells as the workbook
    /// types them (text, <see cref="double"/>, <see cref="DateTime"/>, <see cref="bool"/>; null when empty).
    /// </summary>
    /// <exception cref="InvalidDataException">The file is not a workbook.</exception>
    public static SpreadsheetTable Read(byte[] content)
    {
        using var file = new MemoryStream(content);
        var lines = file.Query(useHeaderRow: false, excelType: ExcelType.XLSX)
            .Cast<IDictionary<string, object?>>()
            .Select(row => row.Values.Select(EmptyAsNull).ToList())
            .Where(row => row.Any(cell => cell is not null))
            .ToList();
        if (lines.Count == 0)
        {
            return new SpreadsheetTable([], []);
        }

        return new SpreadsheetTable(
            [.. lines[0].Select(header => Convert.ToString(header, System.Globalization.CultureInfo.InvariantCulture)?.Trim() ?? string.Empty)],
            [.. lines.Skip(1).Select(row => (IReadOnlyList<object?>)row)]);
    }

    private static object? EmptyAsNull(object? cell) => cell is string text && string.IsNullOrWhiteSpace(text) ? null : cell;

    private static object? Cell(object? value) => value switch
    {
        DateOnly date => date.ToDateTime(TimeOnly.MinValue),
        TrustedText trusted => trusted.Value,
        _ => value,
    };
}
