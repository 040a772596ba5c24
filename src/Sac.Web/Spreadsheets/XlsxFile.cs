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

    private static object? Cell(object? value) => value switch
    {
        DateOnly date => date.ToDateTime(TimeOnly.MinValue),
        TrustedText trusted => trusted.Value,
        _ => value,
    };
}
