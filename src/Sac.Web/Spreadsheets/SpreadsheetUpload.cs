using System.Text;

namespace Sac.Web.Spreadsheets;

/// <summary>
/// An uploaded spreadsheet, recognised by its content rather than its name: a workbook is a ZIP archive ("PK\x03\x04"),
/// anything else must be UTF-8 text without NUL bytes and named .csv. A file named .xlsx that is not a ZIP is refused.
/// </summary>
public static class SpreadsheetUpload
{
    public const long MaximumBytes = 2 * 1024 * 1024;

    private static readonly byte[] ZipSignature = "PK\x03\x04"u8.ToArray();

    /// <returns>The table, or null when the file is neither a readable workbook nor readable CSV text.</returns>
    public static SpreadsheetTable? Read(byte[] content, string fileName)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        try
        {
            if (content.AsSpan().StartsWith(ZipSignature))
            {
                return extension == ".xlsx" ? XlsxFile.Read(content) : null;
            }

            return extension == ".csv" && !content.Contains((byte)0) ? CsvFile.Read(content) : null;
        }
        catch (Exception e) when (e is DecoderFallbackException or InvalidDataException or InvalidOperationException or System.Xml.XmlException)
        {
            return null;
        }
    }
}
