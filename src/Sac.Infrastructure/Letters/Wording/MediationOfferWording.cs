using Sac.Application.Letters;

namespace Sac.Infrastructure.Letters.Wording;

/// <summary>
/// The offer of local mediation (gas-law.md §3.5): what it is, the answer requested within 15 days, and that a
/// successful mediation excludes a fine.
/// </summary>
internal static class MediationOfferWording
{
    /// <summary>The days the offender has to answer the offer; not a legal term, so not a parameter of the legal regime.</summary>
    private const int AnswerDays = 15;

    public static KindWording Write(LetterContent letter, LetterLanguage l)
    {
        var contact = CommonWording.Contact(letter.Sender, l);
        List<LetterBlock> body =
        [
            new Paragraph(l.Say(
                "In het kader van de procedure voor de hieronder vermelde feiten bied ik u een lokale bemiddeling aan.",
                "Dans le cadre de la procédure relative aux faits mentionnés ci-dessous, je vous propose une médiation locale.")),
            .. CommonWording.Facts(letter.Facts, l),
            new Heading(l.Say("Wat is lokale bemiddeling?", "Qu'est-ce que la médiation locale ?")),
            new Paragraph(l.Say(
                "Bij een lokale bemiddeling zoekt u, onder begeleiding van een bemiddelaar, samen met het slachtoffer naar een manier om de veroorzaakte schade te herstellen of te vergoeden. Deelnemen is vrijwillig en wat tijdens de bemiddeling gezegd wordt, blijft vertrouwelijk.",
                "Lors d'une médiation locale, vous cherchez avec la victime, accompagné d'un médiateur, le moyen de réparer ou d'indemniser le dommage causé. La participation est volontaire et les échanges pendant la médiation restent confidentiels.")),
            new Heading(l.Say("Uw antwoord", "Votre réponse")),
            new Paragraph(l.Say(
                $"Laat mij binnen {l.Days(AnswerDays)} na ontvangst van deze brief weten of u de bemiddeling aanvaardt, {contact}. {CommonWording.QuoteReference(letter.CaseNumber, l)}",
                $"Veuillez me faire savoir dans les {l.Days(AnswerDays)} de la réception de la présente si vous acceptez la médiation, {contact}. {CommonWording.QuoteReference(letter.CaseNumber, l)}")),
            new Bullet(l.Say(
                "Slaagt de bemiddeling, dan kan ik u geen administratieve geldboete meer opleggen.",
                "Si la médiation réussit, je ne peux plus vous infliger d'amende administrative.")),
            new Bullet(l.Say(
                "Weigert u de bemiddeling of mislukt ze, dan zet ik de procedure voort.",
                "Si vous refusez la médiation ou si elle échoue, la procédure se poursuit.")),
        ];

        if (letter.Recipient.IsMinor)
        {
            body.Add(new Bullet(l.Say(
                "Uw ouders mogen u bij de bemiddeling begeleiden en u hebt recht op de kosteloze bijstand van een advocaat.",
                "Vos parents peuvent vous accompagner lors de la médiation et vous avez droit à l'assistance gratuite d'un avocat.")));
        }

        return new KindWording(l.Say("aanbod tot lokale bemiddeling", "offre de médiation locale"), body);
    }
}
