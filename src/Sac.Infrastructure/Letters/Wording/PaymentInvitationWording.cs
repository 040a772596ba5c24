using Sac.Application.Letters;

namespace Sac.Infrastructure.Letters.Wording;

/// <summary>The invitation to pay a final fine (gas-law.md §5, T15): amount, date, account and structured communication.</summary>
internal static class PaymentInvitationWording
{
    public static KindWording Write(LetterContent letter, LetterLanguage l)
    {
        var payment = letter.Payment
            ?? throw new ArgumentException("A payment invitation needs the payment.", nameof(letter));
        var payBy = l.Date(payment.PayBy);
        List<LetterBlock> body =
        [
            new Paragraph(l.Say(
                "De beslissing waarbij ik u een administratieve geldboete heb opgelegd voor de volgende feiten, is uitvoerbaar:",
                "La décision par laquelle je vous ai infligé une amende administrative pour les faits suivants est exécutoire :")),
            .. CommonWording.Facts(letter.Facts, l),
            new Heading(l.Say("Betaling", "Paiement")),
            new Paragraph(l.Say(
                $"Ik verzoek u het bedrag van {BelgianFormat.Amount(payment.AmountDue)} uiterlijk op {payBy} te betalen op de volgende rekening:",
                $"Je vous invite à payer le montant de {BelgianFormat.Amount(payment.AmountDue)} au plus tard le {payBy} sur le compte suivant :")),
            new Field(l.Label("Te betalen bedrag", "Montant à payer"), BelgianFormat.Amount(payment.AmountDue)),
        ];

        if (payment.AmountPaid > 0)
        {
            body.Add(new Field(l.Label("Reeds betaald", "Déjà payé"), BelgianFormat.Amount(payment.AmountPaid)));
            body.Add(new Field(l.Label("Nog te betalen", "Reste à payer"), BelgianFormat.Amount(payment.Outstanding)));
        }

        body.Add(new Field(l.Label("Uiterste betaaldatum", "À payer au plus tard le"), payBy));
        body.AddRange(CommonWording.PaymentAccount(letter.Sender, payment, l));
        body.AddRange(CommonWording.PaymentCode(letter.Sender, payment, l));
        body.Add(CommonWording.UseStructuredCommunication(l));
        body.Add(new Paragraph(l.Say(
            $"U mag ook in gedeelten betalen, op voorwaarde dat het volledige bedrag uiterlijk op {payBy} betaald is.",
            $"Vous pouvez également payer en plusieurs fois, à condition que le montant total soit payé au plus tard le {payBy}.")));
        body.Add(new Paragraph(l.Say(
            $"Betaalt u niet tijdig, dan ontvangt u een herinnering; daarna wordt de geldboete gedwongen ingevorderd. Voor vragen over uw betaling kunt u terecht {CommonWording.Contact(letter.Sender, l)}.",
            $"À défaut de paiement dans le délai, vous recevrez un rappel ; l'amende sera ensuite recouvrée par voie forcée. Pour toute question sur votre paiement, contactez-nous {CommonWording.Contact(letter.Sender, l)}.")));

        return new KindWording(
            l.Say("uitnodiging tot betaling van een administratieve geldboete", "invitation à payer une amende administrative"),
            body);
    }
}
