using Sac.Web.Spreadsheets;

namespace Sac.Web.Models;

/// <summary>
/// The regulation import: a file to preview, or (<see cref="Confirm"/>) the previewed file sent back in <see cref="Content"/>,
/// so what is stored is what was shown.
/// </summary>
public sealed class RegulationImportForm
{
    public IFormFile? File { get; set; }

    /// <summary>The previewed file in base64.</summary>
    public string? Content { get; set; }

    public string? FileName { get; set; }

    public bool Confirm { get; set; }

    /// <returns>The file, or null when none came or it is larger than <see cref="SpreadsheetUpload.MaximumBytes"/>.</returns>
    public async Task<UploadedSpreadsheet?> ReadAsync(CancellationToken cancellationToken)
    {
        if (File is { Length: > 0 and <= SpreadsheetUpload.MaximumBytes } file)
        {
            using var content = new MemoryStream();
            await file.CopyToAsync(content, cancellationToken);
            return new UploadedSpreadsheet(Path.GetFileName(file.FileName), content.ToArray());
        }

        var previewed = new byte[SpreadsheetUpload.MaximumBytes];
        return File is null && Content is not null && FileName is not null && Convert.TryFromBase64String(Content, previewed, out var length) && length > 0
            ? new UploadedSpreadsheet(FileName, previewed[..length])
            : null;
    }
}

public sealed record UploadedSpreadsheet(string FileName, byte[] Content);
