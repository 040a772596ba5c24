using System.Text;
using System.Text.RegularExpressions;
using Sac.Domain.Documents;
using Sac.Infrastructure.Letters;

namespace Sac.Infrastructure.Tests.Letters;

/// <summary>What every kind of letter says in both languages: sender, case number, dates, facts, legal basis, signature.</summary>
public sealed class EveryLetterTests
{
    private static readonly DocumentKind[] Kinds =
    [
        DocumentKind.Notice, DocumentKind.ParentsInformation, DocumentKind.MediationOffer,
        DocumentKind.Decision, DocumentKind.PaymentInvitation, DocumentKind.PaymentReminder,
    ];

    public static TheoryData<DocumentKind, string> EveryKindInEveryLanguage()
    {
        var data = new TheoryData<DocumentKind, string>();
        foreach (var kind in Kinds)
        {
            data.Add(kind, "nl");
            data.Add(kind, "fr");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryKindInEveryLanguage))]
    public void Is_a_pdf(DocumentKind kind, string language)
    {
        var letter = RenderedLetter.Of(LetterBuilder.A(kind).In(language));

        Assert.Equal("%PDF-", Encoding.ASCII.GetString(letter.Bytes, 0, 5));
    }

    [Theory]
    [MemberData(nameof(EveryKindInEveryLanguage))]
    public void States_sender_recipient_reference_place_and_date(DocumentKind kind, string language)
    {
        var text = RenderedLetter.Of(LetterBuilder.A(kind).In(language)).Text;

        Assert.Contains("Stad Gent Botermarkt 1 9000 Gent An Peeters", text);
        Assert.Contains("gas@stad.gent", text);
        Assert.Contains("09 210 10 10", text);
        Assert.Contains("Jan Janssens Veldstraat 12 9000 Gent", text);
        Assert.Contains(language == "nl" ? "Ons kenmerk: GAS/2025/00042" : "Notre référence : GAS/2025/00042", text);
        Assert.Contains(language == "nl" ? "Gent, 10 maart 2025" : "Gent, 10 mars 2025", text);
    }

    [Theory]
    [MemberData(nameof(EveryKindInEveryLanguage))]
    public void States_the_facts_in_brussels_time_and_the_infraction(DocumentKind kind, string language)
    {
        // 13:30 UTC on 1 March is 14:30 in Brussels (winter time).
        var text = RenderedLetter.Of(LetterBuilder.A(kind).In(language)).Text;

        Assert.Contains(language == "nl" ? "1 maart 2025 om 14.30 uur" : "1er mars 2025 à 14h30", text);
        Assert.Contains("Korenmarkt, Gent", text);
        Assert.Contains("art. 12", text);
        Assert.Contains("Zwerfvuil achterlaten (code LITTER)", text);
    }

    [Theory]
    [MemberData(nameof(EveryKindInEveryLanguage))]
    public void States_the_legal_basis_in_its_own_language_only(DocumentKind kind, string language)
    {
        const string dutch = "Wet van 24 juni 2013 betreffende de gemeentelijke administratieve sancties";
        const string french = "Loi du 24 juin 2013 relative aux sanctions administratives communales";

        var text = RenderedLetter.Of(LetterBuilder.A(kind).In(language)).Text;

        Assert.Contains(language == "nl" ? dutch : french, text);
        Assert.DoesNotContain(language == "nl" ? french : dutch, text);
    }

    [Theory]
    [MemberData(nameof(EveryKindInEveryLanguage))]
    public void Is_signed_by_the_sanctioning_official(DocumentKind kind, string language)
    {
        var text = RenderedLetter.Of(LetterBuilder.A(kind).In(language)).Text;

        var signature = language == "nl" ? "An Peeters sanctionerend ambtenaar" : "An Peeters fonctionnaire sanctionnateur";
        Assert.Matches(new Regex(Regex.Escape(signature) + @"( \d+/\d+)?$"), text);
        Assert.Contains(language == "nl" ? "Hoogachtend," : "Veuillez agréer, Madame, Monsieur,", text);
    }

    [Fact]
    public void Facts_in_summer_are_in_brussels_summer_time()
    {
        var summer = new DateTimeOffset(2025, 7, 1, 12, 0, 0, TimeSpan.Zero);

        Assert.Contains("1 juli 2025 om 14.00 uur", RenderedLetter.Of(LetterBuilder.A(DocumentKind.Notice).FactsAt(summer)).Text);
        Assert.Contains("1er juillet 2025 à 14h00", RenderedLetter.Of(LetterBuilder.A(DocumentKind.Notice).French().FactsAt(summer)).Text);
    }

    [Fact]
    public void Traffic_infractions_add_the_royal_decree_of_9_march_2014()
    {
        Assert.Contains("koninklijk besluit van 9 maart 2014", RenderedLetter.Of(LetterBuilder.A(DocumentKind.Notice).Traffic()).Text);
        Assert.Contains("arrêté royal du 9 mars 2014", RenderedLetter.Of(LetterBuilder.A(DocumentKind.Notice).French().Traffic()).Text);
        Assert.DoesNotContain("koninklijk besluit", RenderedLetter.Of(LetterBuilder.A(DocumentKind.Notice)).Text);
    }

    [Fact]
    public void A_defence_attachment_is_not_a_letter()
    {
        var letter = LetterBuilder.A(DocumentKind.DefenceAttachment).Build();

        Assert.Throws<ArgumentException>(() => new PdfLetterRenderer().Render(letter));
    }

    [Theory]
    [InlineData("de")]
    [InlineData("en")]
    [InlineData("")]
    public void Only_dutch_and_french_are_written(string language)
    {
        var letter = LetterBuilder.A(DocumentKind.Notice).In(language).Build();

        Assert.Throws<ArgumentException>(() => new PdfLetterRenderer().Render(letter));
    }

    [Theory]
    [InlineData("nl-BE", "Ons kenmerk")]
    [InlineData("FR", "Notre référence")]
    public void A_region_or_upper_case_language_code_is_understood(string language, string expected)
    {
        Assert.Contains(expected, RenderedLetter.Of(LetterBuilder.A(DocumentKind.Notice).In(language)).Text);
    }

    [Theory]
    [InlineData(DocumentKind.Decision, true, false)]
    [InlineData(DocumentKind.PaymentInvitation, false, true)]
    [InlineData(DocumentKind.PaymentReminder, false, true)]
    public void A_letter_without_the_decision_or_payment_it_states_is_refused(DocumentKind kind, bool withoutDecision, bool withoutPayment)
    {
        var letter = LetterBuilder.A(kind).Without(decision: withoutDecision, payment: withoutPayment).Build();

        Assert.Throws<ArgumentException>(() => new PdfLetterRenderer().Render(letter));
    }

    [Fact]
    public void Letters_render_concurrently()
    {
        var texts = new string[8];

        Parallel.For(0, texts.Length, i =>
            texts[i] = RenderedLetter.Of(LetterBuilder.A(Kinds[i % Kinds.Length]).In(i % 2 == 0 ? "nl" : "fr")).Text);

        Assert.All(texts, text => Assert.Contains("GAS/2025/00042", text));
    }
}
