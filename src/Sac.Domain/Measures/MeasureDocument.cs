using System.Security.Cryptography;

namespace Sac.Domain.Measures;

/// <summary>The letters of the college's sanctions and of the mayor's place bans.</summary>
public enum MeasureLetterKind
{
    /// <summary>The prior warning with the extract of the regulation (gas-law.md §3.1).</summary>
    CollegeWarning,

    /// <summary>The notification of the college's decision, with the appeal to the Council of State.</summary>
    CollegeDecision,

    /// <summary>A period of a temporary place ban (the first one or a renewal).</summary>
    PlaceBanPeriod,
}

/// <summary>
/// A letter sent for a measure that is not a GAS case (a college sanction, a place ban), kept with it as sent: the
/// SHA-256 digest taken when it is stored proves later that the file is the one that was sent.
/// </summary>
public sealed class MeasureDocument
{
    private MeasureDocument()
    {
        MunicipalityNis = Language = FileName = ContentType = Sha256 = CreatedBy = string.Empty;
        Content = [];
    }

    public Guid Id { get; private set; }

    /// <summary>The college sanction or place ban the letter belongs to.</summary>
    public Guid MeasureId { get; private set; }

    public string MunicipalityNis { get; private set; }

    public MeasureLetterKind Kind { get; private set; }

    public string Language { get; private set; }

    public string FileName { get; private set; }

    public string ContentType { get; private set; }

    public byte[] Content { get; private set; }

    public long Size { get; private set; }

    public string Sha256 { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; }

    public static MeasureDocument CreatePdf(
        Guid measureId, string municipalityNis, MeasureLetterKind kind, string language, string fileName, byte[] content, DateTimeOffset now, string by) => new()
    {
        Id = Guid.NewGuid(),
        MeasureId = measureId,
        MunicipalityNis = municipalityNis,
        Kind = kind,
        Language = language,
        FileName = fileName,
        ContentType = "application/pdf",
        Content = content,
        Size = content.LongLength,
        Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
        CreatedAt = now,
        CreatedBy = by,
    };
}
