using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace Sac.Infrastructure.Letters.Layout;

/// <summary>
/// The fonts of a letter. The first use installs the <see cref="LinuxFontResolver"/>: PDFsharp's font resolver is
/// process-global and can be set only once, so a lazy value guards it (and a resolver already set by someone else is kept).
/// </summary>
internal sealed class LetterFonts
{
    private static readonly Lazy<IFontResolver> Resolver = new(Install, LazyThreadSafetyMode.ExecutionAndPublication);

    private LetterFonts(double size)
    {
        // Unicode (Identity-H with a ToUnicode map) writes any character the font has and reads back as text.
        var options = new XPdfFontOptions(PdfFontEncoding.Unicode);
        Regular = new XFont(LinuxFontResolver.FamilyName, size, XFontStyleEx.Regular, options);
        Bold = new XFont(LinuxFontResolver.FamilyName, size, XFontStyleEx.Bold, options);
        Title = new XFont(LinuxFontResolver.FamilyName, size + 2, XFontStyleEx.Bold, options);
        Small = new XFont(LinuxFontResolver.FamilyName, size - 1.5, XFontStyleEx.Regular, options);
    }

    public XFont Regular { get; }

    public XFont Bold { get; }

    /// <summary>The municipality's name in the sender block.</summary>
    public XFont Title { get; }

    /// <summary>Sender details, continuation header and page numbers.</summary>
    public XFont Small { get; }

    public static LetterFonts Create(double size)
    {
        if (Resolver.Value is LinuxFontResolver { Family: null })
        {
            throw new InvalidOperationException(
                "No font for the letters: install fonts-liberation (or fonts-dejavu-core) so that /usr/share/fonts/truetype/liberation or /usr/share/fonts/truetype/dejavu exists.");
        }

        return new LetterFonts(size);
    }

    private static IFontResolver Install()
    {
        GlobalFontSettings.FontResolver ??= new LinuxFontResolver(LinuxFontResolver.InstalledFamilies);
        return GlobalFontSettings.FontResolver;
    }
}
