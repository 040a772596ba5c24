using Sac.Application.Documents;

namespace Sac.Web.Models;

/// <summary>Files of a multipart form, read for the application to check (type by magic bytes, size, name).</summary>
internal static class FormFiles
{
    /// <summary>What a browser declares for a file it cannot name a type for; the application refuses it.</summary>
    private const string UnknownContentType = "application/octet-stream";

    /// <summary>An empty file input still sends one empty part: it is no file.</summary>
    public static async Task<IReadOnlyList<UploadedFile>> ReadAsync(IEnumerable<IFormFile> files, CancellationToken cancellationToken)
    {
        var read = new List<UploadedFile>();
        foreach (var file in files.Where(f => f.Length > 0))
        {
            using var content = new MemoryStream();
            await file.CopyToAsync(content, cancellationToken);
            var contentType = string.IsNullOrWhiteSpace(file.ContentType) ? UnknownContentType : file.ContentType;
            read.Add(new UploadedFile(file.FileName, contentType, content.ToArray()));
        }

        return read;
    }
}
