using Sac.Domain.Cases;
using Sac.Domain.Documents;

namespace Sac.Application.Documents;

/// <summary>A file as a client sent it (a photo with a finding, a file with a defence); <see cref="UploadedFileRules"/> check it.</summary>
public sealed record UploadedFile(string? FileName, string? ContentType, byte[]? Content)
{
    /// <summary>The name without any folder the client put before it ("../../etc/passwd.jpg" is "passwd.jpg"), Windows separators too.</summary>
    public string PlainName => Path.GetFileName(FileName?.Replace('\\', '/')) ?? string.Empty;

    /// <summary>The file kept with <paramref name="case"/>, with the media type its bytes were recognised as.</summary>
    public CaseDocument ToDocument(Case @case, DocumentKind kind, DateTimeOffset now, string by) => CaseDocument.Create(
        @case.Id, @case.Number, @case.MunicipalityNis, kind, null, PlainName, FileSignatures.Detect(Content)!.Value.MediaType(), Content!, now, by);
}
