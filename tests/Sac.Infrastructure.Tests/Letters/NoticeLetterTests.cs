using System.Text.RegularExpressions;
using Sac.Domain.Documents;

namespace Sac.Infrastructure.Tests.Letters;

public sealed partial class NoticeLetterTests
{
    private static LetterBuilder Notice() => LetterBuilder.A(DocumentKind.Notice);

    [Fact]
    public void Dutch_notice_states_the_rights_of_an_adult()
    {
        var text = RenderedLetter.Of(Notice()).Text;

        Assert.Contains("Betreft: kennisgeving", text);
        Assert.Contains("verweer schriftelijk in te dienen binnen 15 dagen", text);
        Assert.Contains("de 3de werkdag na de afgifte van deze brief bij de post", text);
        Assert.Contains("hoger kan zijn dan 70,00 €", text);
        Assert.Contains("mondeling", text);
        Assert.Contains("bijstaan of vertegenwoordigen door een advocaat", text);
        Assert.Contains("uw dossier in te zien", text);
        Assert.DoesNotContain("kosteloze", text);
        Assert.DoesNotContain("ouders", text);
        Assert.DoesNotContain("par écrit", text);
    }

    [Fact]
    public void French_notice_states_the_rights_of_an_adult()
    {
        var text = RenderedLetter.Of(Notice().French()).Text;

        Assert.Contains("Objet : notification", text);
        Assert.Contains("par écrit dans un délai de 15 jours", text);
        Assert.Contains("le 3e jour ouvrable après la remise de la présente lettre à la poste", text);
        Assert.Contains("peut dépasser 70,00 €", text);
        Assert.Contains("oralement", text);
        Assert.Contains("assister ou représenter par un avocat", text);
        Assert.Contains("consulter votre dossier", text);
        Assert.DoesNotContain("gratuite", text);
        Assert.DoesNotContain("schriftelijk", text);
    }

    [Fact]
    public void The_terms_come_from_the_legal_regime()
    {
        var text = RenderedLetter.Of(Notice().Terms(t => t with { DefenceDays = 30, DeemedReceiptWorkingDays = 5, OralHearingThreshold = 100m })).Text;

        Assert.Contains("binnen 30 dagen", text);
        Assert.Contains("de 5de werkdag", text);
        Assert.Contains("hoger kan zijn dan 100,00 €", text);
    }

    [Fact]
    public void Without_the_right_to_an_oral_hearing_it_is_not_offered()
    {
        var text = RenderedLetter.Of(Notice().Terms(t => t with { OralHearingRight = false })).Text;

        Assert.DoesNotContain("mondeling", text);
        Assert.DoesNotContain("70,00", text);
    }

    [Fact]
    public void The_defence_period_has_no_calendar_end_date_because_the_letter_is_printed_before_posting()
    {
        var text = RenderedLetter.Of(Notice()).Text + " " + RenderedLetter.Of(Notice().French()).Text;

        var dates = WrittenDate().Matches(text).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal);

        // The letter date, the facts date and the date of the law: nothing else.
        string[] expected = ["10 maart 2025", "1 maart 2025", "24 juni 2013", "10 mars 2025", "1er mars 2025", "24 juin 2013"];
        Assert.Equal(expected.Order(StringComparer.Ordinal), dates);
    }

    [Fact]
    public void A_minor_is_told_that_the_parents_are_informed_and_of_the_free_lawyer()
    {
        var dutch = RenderedLetter.Of(Notice().Minor()).Text;
        var french = RenderedLetter.Of(Notice().Minor().French()).Text;

        Assert.Contains("Uw ouders", dutch);
        Assert.Contains("kosteloze bijstand van een advocaat", dutch);
        Assert.Contains("lokale bemiddeling", dutch);
        Assert.Contains("altijd het recht", dutch);
        Assert.Contains("Vos parents", french);
        Assert.Contains("assistance gratuite d'un avocat", french);
        Assert.Contains("médiation locale", french);
        Assert.Contains("toujours le droit", french);
    }

    [GeneratedRegex(@"\b\d{1,2}(er)? (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}\b")]
    private static partial Regex WrittenDate();
}
