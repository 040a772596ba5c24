using System.Text.RegularExpressions;
using Sac.Application.Letters;
using Sac.Infrastructure.Letters;
using UglyToad.PdfPig;

namespace Sac.Infrastructure.Tests.Letters;

/// <summary>
/// A letter rendered by <see cref="PdfLetterRenderer"/> and read back with PdfPig: the words of each page joined
/// by single spaces, so that line breaks and no-break spaces do not matter to the assertions.
/// </summary>
internal sealed partial class RenderedLetter
{
    private RenderedLetter(byte[] bytes, IReadOnlyList<string> pages, IReadOnlyList<double> rightmostLetter, double pageWidth)
    {
        Bytes = bytes;
        Pages = pages;
        RightmostLetter = rightmostLetter;
        PageWidth = pageWidth;
    }

    public byte[] Bytes { get; }

    /// <summary>The text of each page, whitespace normalised to single spaces.</summary>
    public IReadOnlyList<string> Pages { get; }

    /// <summary>The right edge of the rightmost glyph of each page, in points.</summary>
    public IReadOnlyList<double> RightmostLetter { get; }

    public double PageWidth { get; }

    public string Text => string.Join(" ", Pages);

    public static RenderedLetter Of(LetterBuilder builder) => Of(builder.Build());

    public static RenderedLetter Of(LetterContent letter)
    {
        var bytes = new PdfLetterRenderer().Render(letter);
        using var document = PdfDocument.Open(bytes);
        var pages = document.GetPages().ToList();
        return new RenderedLetter(
            bytes,
            pages.Select(page => Normalise(string.Join(" ", page.GetWords().Select(word => word.Text)))).ToList(),
            pages.Select(page => page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).Max(l => l.BoundingBox.Right)).ToList(),
            pages[0].Width);
    }

    public static string Normalise(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
