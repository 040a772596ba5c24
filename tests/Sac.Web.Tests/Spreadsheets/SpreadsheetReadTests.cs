using System.Text;
using Sac.Web.Spreadsheets;

namespace Sac.Web.Tests.Spreadsheets;

/// <summary>Reading back CSV and XLSX (<see cref="CsvFile.Read"/>, <see cref="XlsxFile.Read"/>), and recognising an upload by its content.</summary>
public sealed class SpreadsheetReadTests
{
    [Fact]
    public void Csv_reads_quoted_semicolons_doubled_quotes_and_line_breaks_after_a_byte_order_mark()
    {
        var table = CsvFile.Read([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("Code;Tekst\r\nA;\"een; \"\"twee\"\"\r\ndrie\"\r\n")]);

        Assert.Equal(["Code", "Tekst"], table.Headers);
        Assert.Equal(["A", "een; \"twee\"\r\ndrie"], Assert.Single(table.Rows));
    }

    [Fact]
    public void Csv_skips_empty_lines_and_reads_empty_cells_as_null()
    {
        var table = CsvFile.Read(Encoding.UTF8.GetBytes("\nCode;Tekst;Bedrag\n\nA;;12,50\n;;\nB;x;\n"));

        Assert.Equal(["Code", "Tekst", "Bedrag"], table.Headers);
        Assert.Equal(2, table.Rows.Count);
        Assert.Equal(["A", null, "12,50"], table.Rows[0]);
        Assert.Equal(["B", "x", null], table.Rows[1]);
    }

    [Fact]
    public void Csv_with_commas_in_the_header_line_is_read_with_commas()
    {
        var table = CsvFile.Read(Encoding.UTF8.GetBytes("Code,Text\nA,\"one; two, three\"\n"));

        Assert.Equal(["A", "one; two, three"], Assert.Single(table.Rows));
    }

    [Fact]
    public void Csv_read_gives_back_what_write_wrote_formula_apostrophe_included()
    {
        var written = new SpreadsheetTable(["Naam", "Tekst"], [["=SUM(A1)", "Dupont; \"Jean\"\nregel 2"]]);

        var read = CsvFile.Read(CsvFile.Write(written));

        Assert.Equal(written.Headers, read.Headers);
        Assert.Equal(written.Rows[0], Assert.Single(read.Rows));
    }

    [Fact]
    public void Xlsx_read_gives_back_texts_numbers_and_dates()
    {
        var written = new SpreadsheetTable(["Code", "Bedrag", "Datum"], [["A", 12.5m, new DateOnly(2025, 3, 1)], ["B", null, null]]);

        var read = XlsxFile.Read(XlsxFile.Write(written, "Blad"));

        Assert.Equal(["Code", "Bedrag", "Datum"], read.Headers);
        Assert.Equal("A", read.Rows[0][0]);
        Assert.Equal(12.5, Convert.ToDouble(read.Rows[0][1], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(new DateTime(2025, 3, 1), read.Rows[0][2]);
        Assert.Equal(["B", null, null], read.Rows[1]);
    }

    [Fact]
    public void An_upload_is_recognised_by_its_content_not_its_name()
    {
        var csv = Encoding.UTF8.GetBytes("Code\nA\n");
        var xlsx = XlsxFile.Write(new SpreadsheetTable(["Code"], [["A"]]), "Blad");

        Assert.NotNull(SpreadsheetUpload.Read(csv, "regels.csv"));
        Assert.NotNull(SpreadsheetUpload.Read(xlsx, "regels.xlsx"));
        Assert.Null(SpreadsheetUpload.Read(csv, "regels.xlsx")); // text renamed to .xlsx
        Assert.Null(SpreadsheetUpload.Read(xlsx, "regels.csv"));
        Assert.Null(SpreadsheetUpload.Read([.. "PK\x03\x04"u8, 1, 2, 3], "kapot.xlsx")); // a ZIP signature, no workbook
        Assert.Null(SpreadsheetUpload.Read([0x41, 0x00, 0x42], "binair.csv"));
        Assert.Null(SpreadsheetUpload.Read([0xC3, 0x28], "latin.csv")); // not UTF-8
    }
}
