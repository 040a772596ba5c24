using Sac.Application.Letters;

namespace Sac.Infrastructure.Letters.Wording;

/// <summary>
/// Parental involvement (gas-law.md §3.3): the parents of a minor are told of the facts and invited, with their child,
/// to give their remarks and the educational measures they propose; mediation will be offered and the child has a free lawyer.
/// </summary>
internal static class ParentsInformationWording
{
    public static KindWording Write(LetterContent letter, LetterLanguage l)
    {
        var child = letter.Recipient.Name;
        var contact = CommonWording.Contact(letter.Sender, l);
        List<LetterBlock> body =
        [
            new Paragraph(l.Say(
                $"Ik breng u ervan op de hoogte dat uw kind {child}, dat op het ogenblik van de feiten minderjarig was, ervan verdacht wordt de volgende inbreuk op het politiereglement te hebben gepleegd:",
                $"Je vous informe que votre enfant {child}, mineur au moment des faits, est soupçonné d'avoir commis l'infraction suivante au règlement de police :")),
            .. CommonWording.Facts(letter.Facts, l),
            new Heading(l.Say("Uitnodiging tot een gesprek", "Invitation à une rencontre")),
            new Paragraph(l.Say(
                $"Voordat ik een beslissing neem, nodig ik u samen met uw kind uit voor een gesprek. U kunt daarin uw opmerkingen geven en de opvoedkundige maatregelen voorstellen die u zelf wilt nemen. Na dit gesprek kan ik het dossier afsluiten zonder een sanctie op te leggen. Maak een afspraak {contact}. {CommonWording.QuoteReference(letter.CaseNumber, l)}",
                $"Avant de prendre une décision, je vous invite, avec votre enfant, à une rencontre. Vous pourrez y faire part de vos observations et proposer les mesures éducatives que vous comptez prendre. À l'issue de cette rencontre, je peux clôturer le dossier sans infliger de sanction. Veuillez prendre rendez-vous {contact}. {CommonWording.QuoteReference(letter.CaseNumber, l)}")),
            new Heading(l.Say("Verder verloop", "Suite de la procédure")),
            new Bullet(l.Say(
                "Aan uw kind wordt een lokale bemiddeling aangeboden, zoals de wet voorschrijft voor minderjarigen.",
                "Une médiation locale sera proposée à votre enfant, comme la loi le prévoit pour les mineurs.")),
            new Bullet(l.Say(
                "Uw kind heeft recht op de kosteloze bijstand van een advocaat.",
                "Votre enfant a droit à l'assistance gratuite d'un avocat.")),
            new Bullet(l.Say(
                "Wordt toch een administratieve geldboete opgelegd, dan bent u als ouders burgerlijk aansprakelijk voor de betaling ervan.",
                "Si une amende administrative est malgré tout infligée, vous êtes, en tant que parents, civilement responsables de son paiement.")),
        ];

        return new KindWording(
            l.Say("ouderlijke betrokkenheid – feiten ten laste van ", "implication parentale – faits reprochés à ") + child,
            body,
            Salutation: l.Say("Geachte ouders,", "Madame, Monsieur,"));
    }
}
