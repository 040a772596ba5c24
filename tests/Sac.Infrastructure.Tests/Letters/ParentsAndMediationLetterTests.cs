using Sac.Domain.Documents;

namespace Sac.Infrastructure.Tests.Letters;

public sealed class ParentsAndMediationLetterTests
{
    [Fact]
    public void Dutch_parents_letter_is_addressed_to_the_parents_and_invites_them()
    {
        var text = RenderedLetter.Of(LetterBuilder.A(DocumentKind.ParentsInformation).Minor()).Text;

        Assert.Contains("Aan de ouders van Jan Janssens Veldstraat 12 9000 Gent", text);
        Assert.Contains("Geachte ouders,", text);
        Assert.Contains("ouderlijke betrokkenheid", text);
        Assert.Contains("uw opmerkingen", text);
        Assert.Contains("opvoedkundige maatregelen", text);
        Assert.Contains("lokale bemiddeling", text);
        Assert.Contains("kosteloze bijstand van een advocaat", text);
        Assert.DoesNotContain("Aux parents de", text);
    }

    [Fact]
    public void French_parents_letter_is_addressed_to_the_parents_and_invites_them()
    {
        var text = RenderedLetter.Of(LetterBuilder.A(DocumentKind.ParentsInformation).Minor().French()
            .To("Hélène Noël", "Rue Saint-Léonard 3", "4000 Liège")).Text;

        Assert.Contains("Aux parents de Hélène Noël Rue Saint-Léonard 3 4000 Liège", text);
        Assert.Contains("implication parentale", text);
        Assert.Contains("vos observations", text);
        Assert.Contains("mesures éducatives", text);
        Assert.Contains("médiation locale", text);
        Assert.Contains("assistance gratuite d'un avocat", text);
        Assert.DoesNotContain("Aan de ouders van", text);
    }

    [Theory]
    [InlineData(DocumentKind.Notice)]
    [InlineData(DocumentKind.MediationOffer)]
    [InlineData(DocumentKind.Decision)]
    public void Other_letters_to_a_minor_are_addressed_to_the_minor(DocumentKind kind)
    {
        var text = RenderedLetter.Of(LetterBuilder.A(kind).Minor()).Text;

        Assert.Contains("Jan Janssens Veldstraat 12", text);
        Assert.DoesNotContain("Aan de ouders van", text);
    }

    [Fact]
    public void Dutch_mediation_offer_explains_mediation_and_asks_an_answer_within_15_days()
    {
        var text = RenderedLetter.Of(LetterBuilder.A(DocumentKind.MediationOffer)).Text;

        Assert.Contains("Betreft: aanbod tot lokale bemiddeling", text);
        Assert.Contains("bemiddelaar", text);
        Assert.Contains("schade te herstellen of te vergoeden", text);
        Assert.Contains("binnen 15 dagen", text);
        Assert.Contains("geen administratieve geldboete meer opleggen", text);
        Assert.DoesNotContain("médiation", text);
    }

    [Fact]
    public void French_mediation_offer_explains_mediation_and_asks_an_answer_within_15_days()
    {
        var text = RenderedLetter.Of(LetterBuilder.A(DocumentKind.MediationOffer).French()).Text;

        Assert.Contains("Objet : offre de médiation locale", text);
        Assert.Contains("médiateur", text);
        Assert.Contains("réparer ou d'indemniser le dommage", text);
        Assert.Contains("dans les 15 jours", text);
        Assert.Contains("ne peux plus vous infliger d'amende administrative", text);
        Assert.DoesNotContain("bemiddeling", text);
    }
}
