using System.Security.Cryptography;

namespace Sac.Domain.Documents;

/// <summary>
/// A file kept with a case: a letter Sac generated or an attachment the offender sent. The SHA-256 digest,
/// taken when it is stored, proves later that the file is the one that was sent or received.
/// </summary>
public sealed class CaseDocument
{
    private CaseDocument()
    {
        FileName = ContentType = Sha256 = CreatedBy = string.Empty;
        Content = [];
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public string CaseNumber { get; private set; } = string.Empty;

    public string MunicipalityNis { get; private set; } = string.Empty;

    public DocumentKind Kind { get; private set; }

    /// <summary>"nl" or "fr" for letters; null for attachments.</summary>
    public string? Language { get; private set; }

    public string FileName { get; private set; }

    public string ContentType { get; private set; }

    public byte[] Content { get; private set; }

    public long Size { get; private set; }

    /// <summary>Lower-case hexadecimal SHA-256 of <see cref="Content"/>.</summary>
    public string Sha256 { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; }

    /// <summary>The day the letter was handed to the post; null while it waits in the post tray.</summary>
    public DateOnly? PostedOn { get; private set; }

    public string? PostedBy { get; private set; }

    /// <summary>The day retention erased the content (and the file name, which may name someone); the digest and size stay as proof.</summary>
    public DateOnly? ContentErasedOn { get; private set; }

    public bool AwaitsPosting => Kind.IsLetter() && PostedOn is null;

    public static CaseDocument Create(
        Guid caseId, string caseNumber, string municipalityNis, DocumentKind kind, string? language, string fileName, string contentType,
        byte[] content, DateTimeOffset now, string by) => new()
    {
        Id = Guid.NewGuid(),
        CaseId = caseId,
        CaseNumber = caseNumber,
        MunicipalityNis = municipalityNis,
        Kind = kind,
        Language = language,
        FileName = fileName,
        ContentType = contentType,
        Content = content,
        Size = content.LongLength,
        Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
        CreatedAt = now,
        CreatedBy = by,
    };

    /// <summary>
    /// Erases what the file said once its case was anonymised: kind, language, dates, size and SHA-256 digest stay, as proof
    /// that this letter was sent or this attachment received. Running it again changes nothing.
    /// </summary>
    public void EraseContent(DateOnly on)
    {
        if (ContentErasedOn is not null)
        {
            return;
        }

        Content = [];
        FileName = Kind + Path.GetExtension(FileName);
        ContentErasedOn = on;
    }

    public void MarkPosted(DateOnly on, string by)
    {
        PostedOn = on;
        PostedBy = by;
    }
}
