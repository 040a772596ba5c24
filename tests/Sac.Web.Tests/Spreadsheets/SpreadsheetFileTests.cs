using System.Globalization;
using System.Text;
using MiniExcelLibs;
using Sac.Web.Spreadsheets;

namespace Sac.Web.Tests.Spreadsheets;

public sealed class SpreadsheetFileTests
{
    private static readonly SpreadsheetTable Table = new(
        ["Gemeente", "Bedrag", "Datum", "Naam", "Mededeling"],
        [
            ["44021", 125.5m, new DateOnly(2025, 3, 10), "=HYPERLINK(\"x\")", new TrustedText("+++250/0000/00186+++")],
            ["21004", 0m, null, "Dupont; \"Jean\"", null],
        ]);

    [Fact]
    public void Csv_uses_semicolons_the_decimal_comma_a_byte_order_mark_and_defuses_formulas()
    {
        CultureInfo.CurrentCulture = new CultureInfo("nl-BE");

        var bytes = CsvFile.Write(Table);

        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        Assert.Equal(
            "Gemeente;Bedrag;Datum;Naam;Mededeling\r\n44021;125,50;2025-03-10;\"'=HYPERLINK(\"\"x\"\")\";+++250/0000/00186+++\r\n21004;0,00;;\"Dupont; \"\"Jean\"\"\";\r\n",
            Encoding.UTF8.GetString(bytes[3..]));
    }

    [Fact]
    public void Xlsx_keeps_headers_numbers_and_dates_as_typed_cells()
    {
        var bytes = XlsxFile.Write(Table, "Statistiek");

        using var file = new MemoryStream(bytes);
        var rows = file.Query(useHeaderRow: true, sheetName: "Statistiek", excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal(["Gemeente", "Bedrag", "Datum", "Naam", "Mededeling"], rows[0].Keys);
        Assert.Equal(125.5m, Convert.ToDecimal(rows[0]["Bedrag"], CultureInfo.InvariantCulture));
        Assert.Equal(new DateTime(2025, 3, 10), rows[0]["Datum"]);
        Assert.Equal("=HYPERLINK(\"x\")", rows[0]["Naam"]);
        Assert.Equal("+++250/0000/00186+++", rows[0]["Mededeling"]);
        Assert.Null(rows[1]["Datum"]);
    }
}
