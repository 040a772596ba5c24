using Sac.Domain.Cases;
using Sac.Domain.Decisions;
using Sac.Domain.Documents;
using Sac.Infrastructure.Letters;

namespace Sac.Infrastructure.Tests.Letters;

public sealed class DecisionLetterTests
{
    private static LetterBuilder Decision() => LetterBuilder.A(DocumentKind.Decision);

    [Fact]
    public void Dutch_fine_states_amount_date_reasons_and_appeal()
    {
        var text = RenderedLetter.Of(Decision().Reasoning("De vaststeller zag de overtreder een zak afval achterlaten.")).Text;

        Assert.Contains("Op 15 april 2025 heb ik een beslissing genomen", text);
        Assert.Contains("administratieve geldboete op van 200,00 €", text);
        Assert.Contains("Motivering De vaststeller zag de overtreder een zak afval achterlaten.", text);
        Assert.Contains("Beroep", text);
        Assert.Contains("binnen 1 maand na ontvangst", text);
        Assert.Contains("verzoekschrift", text);
        Assert.DoesNotContain("Motivation", text);
    }

    [Fact]
    public void French_fine_states_amount_date_reasons_and_appeal()
    {
        var text = RenderedLetter.Of(Decision().French().Reasoning("Le constatateur a vu le contrevenant abandonner un sac.")).Text;

        Assert.Contains("Le 15 avril 2025, j'ai pris une décision", text);
        Assert.Contains("amende administrative de 200,00 €", text);
        Assert.Contains("Motivation Le constatateur a vu le contrevenant abandonner un sac.", text);
        Assert.Contains("Recours", text);
        Assert.Contains("dans un délai de 1 mois à compter de sa réception", text);
        Assert.Contains("requête", text);
        Assert.DoesNotContain("Motivering", text);
    }

    [Theory]
    [InlineData("nl", AppealCourt.PoliceCourt, "verzoekschrift bij de politierechtbank", "jeugdrechtbank")]
    [InlineData("nl", AppealCourt.YouthCourt, "verzoekschrift bij de jeugdrechtbank", "politierechtbank")]
    [InlineData("fr", AppealCourt.PoliceCourt, "requête adressée au tribunal de police", "jeunesse")]
    [InlineData("fr", AppealCourt.YouthCourt, "requête adressée au tribunal de la jeunesse", "tribunal de police")]
    public void The_appeal_goes_to_the_court_of_the_offender(string language, AppealCourt court, string expected, string absent)
    {
        var text = RenderedLetter.Of(Decision().In(language).Terms(t => t with { AppealCourt = court })).Text;

        Assert.Contains(expected, text);
        Assert.DoesNotContain(absent, text);
    }

    [Fact]
    public void The_appeal_term_comes_from_the_legal_regime()
    {
        Assert.Contains("binnen 2 maanden", RenderedLetter.Of(Decision().Terms(t => t with { AppealMonths = 2 })).Text);
        Assert.Contains("délai de 2 mois", RenderedLetter.Of(Decision().French().Terms(t => t with { AppealMonths = 2 })).Text);
    }

    [Fact]
    public void Amounts_have_belgian_separators()
    {
        Assert.Contains("1.250,50 €", RenderedLetter.Of(Decision().Decision(d => d with { Amount = 1250.5m })).Text);
        Assert.Contains("1.250,50 €", RenderedLetter.Of(Decision().French().Decision(d => d with { Amount = 1250.5m })).Text);
    }

    [Fact]
    public void Community_service_states_the_hours()
    {
        LetterBuilder Service() => Decision().Decision(d => d with { Kind = DecisionKind.CommunityService, Amount = null, Hours = 10 });

        Assert.Contains("gemeenschapsdienst op van 10 uur", RenderedLetter.Of(Service()).Text);
        Assert.Contains("prestation citoyenne de 10 heures", RenderedLetter.Of(Service().French()).Text);
        Assert.DoesNotContain("200,00", RenderedLetter.Of(Service()).Text);
    }

    [Fact]
    public void Mediation_is_stated()
    {
        LetterBuilder Mediation() => Decision().Decision(d => d with { Kind = DecisionKind.Mediation, Amount = null });

        Assert.Contains("via een lokale bemiddeling", RenderedLetter.Of(Mediation()).Text);
        Assert.Contains("par une médiation locale", RenderedLetter.Of(Mediation().French()).Text);
    }

    [Fact]
    public void No_sanction_states_the_reason_and_no_appeal()
    {
        LetterBuilder None() => Decision().Decision(d => d with { Kind = DecisionKind.NoSanction, Amount = null, NoSanctionReason = "Onvoldoende bewijs" });

        var text = RenderedLetter.Of(None()).Text;

        Assert.Contains("Ik leg u geen sanctie op.", text);
        Assert.Contains("Reden: Onvoldoende bewijs", text);
        Assert.DoesNotContain("politierechtbank", text);
        Assert.Contains("Je ne vous inflige aucune sanction.", RenderedLetter.Of(None().French()).Text);
    }

    [Theory]
    [InlineData(DecisionKind.Fine)]
    [InlineData(DecisionKind.CommunityService)]
    public void A_fine_without_amount_or_a_service_without_hours_is_refused(DecisionKind kind)
    {
        var letter = Decision().Decision(d => d with { Kind = kind, Amount = null, Hours = null }).Build();

        Assert.Throws<ArgumentException>(() => new PdfLetterRenderer().Render(letter));
    }
}
