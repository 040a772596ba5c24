using System.Collections.Frozen;
using System.Text;

namespace Sac.Domain.Documents;

/// <summary>
/// Tells what a file is from its first bytes (its magic number), not from the name or type its sender declared: a page of
/// HTML sent as "photo.jpg" must never be kept, or served back, as a photo.
/// </summary>
public static class FileSignatures
{
    // ISO-BMFF: a box size (4 bytes), "ftyp", then the major brand; these brands are HEIC/HEIF still images and sequences.
    private static readonly FrozenSet<string> HeifBrands = FrozenSet.ToFrozenSet(["heic", "heix", "mif1", "msf1", "hevc"]);

    private static ReadOnlySpan<byte> PdfMagic => "%PDF-"u8;

    private static ReadOnlySpan<byte> JpegMagic => [0xFF, 0xD8, 0xFF];

    private static ReadOnlySpan<byte> PngMagic => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The type the bytes are, or null when they are none of <see cref="FileType"/> (or too short to tell).</summary>
    public static FileType? Detect(ReadOnlySpan<byte> content) =>
        content.StartsWith(PdfMagic) ? FileType.Pdf
        : content.StartsWith(JpegMagic) ? FileType.Jpeg
        : content.StartsWith(PngMagic) ? FileType.Png
        : IsWebP(content) ? FileType.WebP
        : IsHeif(content) ? FileType.Heic
        : null;

    /// <summary>The media type Sac stores and serves the file with.</summary>
    public static string MediaType(this FileType type) => type switch
    {
        FileType.Pdf => "application/pdf",
        FileType.Jpeg => "image/jpeg",
        FileType.Png => "image/png",
        FileType.WebP => "image/webp",
        FileType.Heic => "image/heic",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>
    /// Whether <paramref name="declared"/> (a Content-Type, parameters and case ignored) names <paramref name="type"/>;
    /// HEIF is HEIC's container, and phones declare either.
    /// </summary>
    public static bool IsDeclaredAs(this FileType type, string? declared)
    {
        var mediaType = declared?.Split(';')[0].Trim();
        return string.Equals(mediaType, type.MediaType(), StringComparison.OrdinalIgnoreCase)
            || (type == FileType.Heic && string.Equals(mediaType, "image/heif", StringComparison.OrdinalIgnoreCase));
    }

    private static bool IsWebP(ReadOnlySpan<byte> content) =>
        content.Length >= 12 && content.StartsWith("RIFF"u8) && content[8..12].SequenceEqual("WEBP"u8);

    private static bool IsHeif(ReadOnlySpan<byte> content) =>
        content.Length >= 12 && content[4..8].SequenceEqual("ftyp"u8) && HeifBrands.Contains(Encoding.ASCII.GetString(content[8..12]));
}
