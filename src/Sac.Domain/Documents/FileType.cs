namespace Sac.Domain.Documents;

/// <summary>The kinds of file Sac keeps with a case: letters and defence files as PDF, photos in the formats phones take them in.</summary>
public enum FileType
{
    Pdf,
    Jpeg,
    Png,
    WebP,

    /// <summary>HEIC/HEIF, what iPhones take photos in.</summary>
    Heic,
}
