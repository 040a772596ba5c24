using Sac.Application.Letters;

namespace Sac.Infrastructure.Letters.Wording;

/// <summary>
/// The notice of proceedings (gas-law.md §5, T5): the facts and their qualification, and the offender's rights:
/// written defence, oral hearing, lawyer, consulting the file; for a minor also parents, free lawyer and mediation.
/// The defence period is stated as a number of days from the deemed receipt: the letter is printed before it is posted,
/// so it cannot give a calendar date.
/// </summary>
internal static class NoticeWording
{
    public static KindWording Write(LetterContent letter, LetterLanguage l)
    {
        var terms = letter.Terms;
        var sender = letter.Sender;
        List<LetterBlock> body =
        [
            new Paragraph(l.Say(
                "Op basis van de vaststelling die mij werd bezorgd, start ik tegen u een procedure die kan leiden tot een gemeentelijke administratieve sanctie. U wordt de volgende feiten ten laste gelegd:",
                "Sur la base du constat qui m'a été transmis, j'entame à votre égard une procédure pouvant mener à une sanction administrative communale. Les faits suivants vous sont reprochés :")),
            .. CommonWording.Facts(letter.Facts, l),
            new Paragraph(l.Say(
                "Deze feiten vormen een inbreuk op het gemeentelijk politiereglement, die bestraft kan worden met een gemeentelijke administratieve sanctie.",
                "Ces faits constituent une infraction au règlement communal de police, passible d'une sanction administrative communale.")),
            new Heading(l.Say("Uw rechten", "Vos droits")),
            new Bullet(l.Say(
                $"U hebt het recht om uw verweer schriftelijk in te dienen binnen {l.Days(terms.DefenceDays)}. Die termijn begint op de dag waarop u deze brief geacht wordt te hebben ontvangen, namelijk {CommonWording.DeemedReceipt(terms.DeemedReceiptWorkingDays, l)}.",
                $"Vous avez le droit de présenter vos moyens de défense par écrit dans un délai de {l.Days(terms.DefenceDays)}. Ce délai commence le jour où vous êtes réputé avoir reçu la présente lettre, à savoir {CommonWording.DeemedReceipt(terms.DeemedReceiptWorkingDays, l)}.")),
        ];

        if (terms.OralHearingRight)
        {
            var threshold = BelgianFormat.Amount(terms.OralHearingThreshold);
            body.Add(new Bullet(letter.Recipient.IsMinor
                ? l.Say(
                    $"Als minderjarige hebt u altijd het recht om binnen dezelfde termijn te vragen uw verweer mondeling toe te lichten, ook wanneer de geldboete niet hoger kan zijn dan {threshold}.",
                    $"En tant que mineur, vous avez toujours le droit de demander, dans le même délai, à présenter votre défense oralement, même si l'amende ne peut pas dépasser {threshold}.")
                : l.Say(
                    $"Omdat de geldboete hoger kan zijn dan {threshold}, hebt u het recht om binnen dezelfde termijn te vragen uw verweer mondeling toe te lichten.",
                    $"Comme l'amende peut dépasser {threshold}, vous avez le droit de demander, dans le même délai, à présenter votre défense oralement.")));
        }

        body.Add(new Bullet(l.Say(
            "U mag zich laten bijstaan of vertegenwoordigen door een advocaat.",
            "Vous pouvez vous faire assister ou représenter par un avocat.")));
        body.Add(new Bullet(l.Say(
            $"U hebt het recht om uw dossier in te zien. Maak daarvoor een afspraak {CommonWording.Contact(sender, l)}.",
            $"Vous avez le droit de consulter votre dossier. Prenez rendez-vous {CommonWording.Contact(sender, l)}.")));

        if (letter.Recipient.IsMinor)
        {
            body.Add(new Heading(l.Say("Omdat u minderjarig bent", "Parce que vous êtes mineur")));
            body.Add(new Bullet(l.Say(
                "Uw ouders of de personen die het ouderlijk gezag over u uitoefenen, worden op de hoogte gebracht van deze procedure.",
                "Vos parents ou les personnes qui exercent l'autorité parentale sur vous sont informés de la présente procédure.")));
            body.Add(new Bullet(l.Say(
                "U hebt recht op de kosteloze bijstand van een advocaat. Ik vraag de stafhouder van de Orde van Advocaten om u er een toe te wijzen.",
                "Vous avez droit à l'assistance gratuite d'un avocat. Je demande au bâtonnier de l'Ordre des avocats de vous en désigner un.")));
            body.Add(new Bullet(l.Say(
                "Voordat een sanctie kan worden opgelegd, krijgt u een lokale bemiddeling aangeboden.",
                "Avant qu'une sanction puisse être infligée, une médiation locale vous sera proposée.")));
        }

        body.Add(new Paragraph(l.Say(
            $"Stuur uw verweer per brief naar het adres hierboven of per e-mail naar {sender.Email}. {CommonWording.QuoteReference(letter.CaseNumber, l)}",
            $"Envoyez votre défense par courrier à l'adresse ci-dessus ou par courriel à {sender.Email}. {CommonWording.QuoteReference(letter.CaseNumber, l)}")));
        body.Add(new Paragraph(l.Say(
            "Na afloop van de termijn neem ik een beslissing, rekening houdend met uw verweer.",
            "À l'expiration du délai, je prendrai une décision en tenant compte de votre défense.")));

        return new KindWording(
            l.Say(
                "kennisgeving van een procedure tot het opleggen van een gemeentelijke administratieve sanctie",
                "notification d'une procédure de sanction administrative communale"),
            body);
    }
}
