using System.Globalization;
using System.Text.RegularExpressions;
using Sac.Domain.Documents;

namespace Sac.Infrastructure.Tests.Letters;

public sealed partial class LetterLayoutTests
{
    /// <summary>The right margin is 20 mm; no glyph may come closer than 18 mm to the right edge.</summary>
    private const double RightMarginPoints = 18 * 72 / 25.4;

    [Fact]
    public void Accented_names_and_signs_round_trip()
    {
        const string signs = "é ë ç à è ê ï ô û € « »";
        var letter = LetterBuilder.A(DocumentKind.Decision).French()
            .From("Ixelles – Elsene", "Ixelles")
            .To("Françoise Dubœuf", "Rue de la Crèche 7", "4000 Liège")
            .Reasoning("Les signes " + signs + " sont tous imprimés.");

        var text = RenderedLetter.Of(letter).Text;

        Assert.Contains("Ixelles – Elsene", text);
        Assert.Contains("Ixelles, 10 mars 2025", text);
        Assert.Contains("Françoise Dubœuf", text);
        Assert.Contains("Rue de la Crèche 7 4000 Liège", text);
        Assert.Contains(signs, text);
    }

    [Fact]
    public void A_short_letter_has_one_page_without_page_number()
    {
        var letter = RenderedLetter.Of(LetterBuilder.A(DocumentKind.MediationOffer));

        Assert.Single(letter.Pages);
        Assert.DoesNotMatch(PageNumber(), letter.Text);
    }

    [Fact]
    public void A_long_reasoning_flows_onto_further_pages_with_page_numbers()
    {
        var letter = RenderedLetter.Of(LetterBuilder.A(DocumentKind.Decision).Reasoning(LongReasoning(120)));
        var count = letter.Pages.Count;

        Assert.True(count >= 3, $"120 lines of reasoning should need at least 3 pages, not {count}.");
        for (var i = 0; i < count; i++)
        {
            Assert.EndsWith($"{i + 1}/{count}", letter.Pages[i]);
        }

        Assert.All(letter.Pages.Skip(1), page => Assert.StartsWith("Ons kenmerk: GAS/2025/00042", page));
        Assert.Contains("Motivering", letter.Pages[0]);
        Assert.Contains("sanctionerend ambtenaar", letter.Pages[^1]);
    }

    [Fact]
    public void The_signature_is_never_alone_on_the_last_page()
    {
        var letter = RenderedLetter.Of(LetterBuilder.A(DocumentKind.Decision).Reasoning(LongReasoning(120)));

        Assert.Contains("Zonder beroep binnen die termijn wordt de beslissing uitvoerbaar. Hoogachtend,", letter.Pages[^1]);
    }

    [Fact]
    public void Every_line_of_a_long_reasoning_is_printed_once_in_order_and_before_the_appeal()
    {
        var text = RenderedLetter.Of(LetterBuilder.A(DocumentKind.Decision).Reasoning(LongReasoning(120))).Text;

        var positions = Enumerable.Range(1, 120)
            .Select(i => $"Overweging {i.ToString("000", CultureInfo.InvariantCulture)}:")
            .Select(marker => (First: text.IndexOf(marker, StringComparison.Ordinal), Last: text.LastIndexOf(marker, StringComparison.Ordinal)))
            .ToList();

        Assert.All(positions, p => Assert.True(p.First >= 0 && p.First == p.Last));
        Assert.Equal(positions.Select(p => p.First).Order(), positions.Select(p => p.First));
        Assert.True(text.IndexOf("Beroep", StringComparison.Ordinal) > positions[^1].First);
    }

    [Fact]
    public void Long_paragraphs_and_long_words_wrap_inside_the_margins()
    {
        var words = string.Join(" ", Enumerable.Range(1, 400).Select(i => "woord" + i.ToString(CultureInfo.InvariantCulture)));
        var unbreakable = new string('X', 150);

        var letter = RenderedLetter.Of(LetterBuilder.A(DocumentKind.Decision).Reasoning(words + "\n\n" + unbreakable));

        Assert.All(letter.RightmostLetter, right => Assert.True(right <= letter.PageWidth - RightMarginPoints, $"A glyph ends at {right:F1} pt."));
        Assert.Contains("woord1 woord2 woord3", letter.Text);
        Assert.Contains("woord399 woord400", letter.Text);
        Assert.Equal(150, letter.Text.Count(c => c == 'X'));
    }

    /// <summary>Lines "Overweging 001: …", three to a paragraph, paragraphs separated by blank lines.</summary>
    private static string LongReasoning(int lines) =>
        string.Join("\n", Enumerable.Range(1, lines).Select(i =>
            $"Overweging {i.ToString("000", CultureInfo.InvariantCulture)}: de feiten zijn vastgesteld door een bevoegde vaststeller en worden niet betwist."
            + (i % 3 == 0 ? "\n" : string.Empty)));

    [GeneratedRegex(@"\b\d+/\d+$")]
    private static partial Regex PageNumber();
}
