using PdfSharp.Fonts;

namespace Sac.Infrastructure.Letters.Layout;

/// <summary>
/// Finds fonts for PDFsharp on Linux, which has no font lookup of its own (stack.md §10). Every family resolves to
/// the first sans-serif family whose regular face is installed: Liberation Sans (metric-compatible with Arial,
/// from fonts-liberation), else DejaVu Sans (preinstalled). A missing bold or italic face is simulated.
/// </summary>
internal sealed class LinuxFontResolver : IFontResolver
{
    /// <summary>The family the letters ask for; the resolver answers with whatever sans-serif family is installed.</summary>
    public const string FamilyName = "Liberation Sans";

    private readonly IReadOnlyList<SansFamily> families;

    public LinuxFontResolver(IReadOnlyList<SansFamily> families) => this.families = families;

    /// <summary>Liberation Sans, then DejaVu Sans, where Debian and Ubuntu install them.</summary>
    public static IReadOnlyList<SansFamily> InstalledFamilies { get; } =
    [
        new("LiberationSans", "/usr/share/fonts/truetype/liberation",
            "LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf", "LiberationSans-BoldItalic.ttf"),
        new("DejaVuSans", "/usr/share/fonts/truetype/dejavu",
            "DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"),
    ];

    /// <summary>The family in use, or null when none of them is installed.</summary>
    public SansFamily? Family => families.FirstOrDefault(family => File.Exists(family.PathOf(FontFace.Regular)));

    public FontResolverInfo? ResolveTypeface(string familyName, bool isBold, bool isItalic)
    {
        if (Family is not { } family)
        {
            return null;
        }

        var wanted = FontFaces.Of(isBold, isItalic);
        if (File.Exists(family.PathOf(wanted)))
        {
            return new FontResolverInfo(family.FaceName(wanted));
        }

        // Fall back to the bold face for bold italic, else the regular face, and let PDFsharp simulate the rest.
        var available = isBold && File.Exists(family.PathOf(FontFace.Bold)) ? FontFace.Bold : FontFace.Regular;
        return new FontResolverInfo(
            family.FaceName(available),
            mustSimulateBold: isBold && available is not FontFace.Bold,
            mustSimulateItalic: isItalic);
    }

    public byte[]? GetFont(string faceName)
    {
        foreach (var family in families)
        {
            foreach (var face in Enum.GetValues<FontFace>())
            {
                if (family.FaceName(face) == faceName && File.Exists(family.PathOf(face)))
                {
                    return File.ReadAllBytes(family.PathOf(face));
                }
            }
        }

        return null;
    }
}

internal enum FontFace
{
    Regular,
    Bold,
    Italic,
    BoldItalic,
}

internal static class FontFaces
{
    public static FontFace Of(bool bold, bool italic) => (bold, italic) switch
    {
        (true, true) => FontFace.BoldItalic,
        (true, false) => FontFace.Bold,
        (false, true) => FontFace.Italic,
        _ => FontFace.Regular,
    };
}

/// <summary>A sans-serif family: where its files are and what each face's file is called.</summary>
internal sealed record SansFamily(string Name, string Directory, string Regular, string Bold, string Italic, string BoldItalic)
{
    public string FaceName(FontFace face) => Name + "#" + face;

    public string PathOf(FontFace face) => Path.Combine(Directory, face switch
    {
        FontFace.Bold => Bold,
        FontFace.Italic => Italic,
        FontFace.BoldItalic => BoldItalic,
        _ => Regular,
    });
}
