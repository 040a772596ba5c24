using Sac.Application.Letters;

namespace Sac.Infrastructure.Letters.Wording;

/// <summary>
/// The reminder (gas-law.md §5, T15–T16): what is still outstanding, a new term, the account, and what follows
/// when it is not paid: a writ of execution served by a bailiff, at the offender's cost.
/// </summary>
internal static class PaymentReminderWording
{
    public static KindWording Write(LetterContent letter, LetterLanguage l)
    {
        var payment = letter.Payment
            ?? throw new ArgumentException("A payment reminder needs the payment.", nameof(letter));
        var payBy = l.Date(payment.PayBy);
        List<LetterBlock> body =
        [
            new Paragraph(l.Say(
                "Uit onze gegevens blijkt dat de administratieve geldboete die u werd opgelegd voor de volgende feiten, nog niet volledig betaald is:",
                "Il ressort de nos données que l'amende administrative qui vous a été infligée pour les faits suivants n'a pas encore été entièrement payée :")),
            .. CommonWording.Facts(letter.Facts, l),
            new Heading(l.Say("Openstaand bedrag", "Montant restant dû")),
            new Field(l.Label("Opgelegde geldboete", "Amende infligée"), BelgianFormat.Amount(payment.AmountDue)),
            new Field(l.Label("Reeds betaald", "Déjà payé"), BelgianFormat.Amount(payment.AmountPaid)),
            new Field(l.Label("Nog te betalen", "Reste à payer"), BelgianFormat.Amount(payment.Outstanding)),
            new Paragraph(l.Say(
                $"Ik geef u een nieuwe termijn van {l.Days(letter.Terms.ReminderTermDays)} om het openstaande bedrag te betalen, dus uiterlijk op {payBy}, op de volgende rekening:",
                $"Je vous accorde un nouveau délai de {l.Days(letter.Terms.ReminderTermDays)} pour payer le solde, soit au plus tard le {payBy}, sur le compte suivant :")),
            .. CommonWording.PaymentAccount(letter.Sender, payment, l),
            .. CommonWording.PaymentCode(letter.Sender, payment, l),
            CommonWording.UseStructuredCommunication(l),
            new Heading(l.Say("Gedwongen invordering", "Recouvrement forcé")),
            new Paragraph(l.Say(
                $"Is het openstaande bedrag niet uiterlijk op {payBy} betaald, dan wordt de geldboete gedwongen ingevorderd: er wordt een dwangbevel uitgevaardigd, dat door een gerechtsdeurwaarder wordt betekend en uitgevoerd. De kosten daarvan komen bovenop het verschuldigde bedrag en zijn voor uw rekening.",
                $"Si le solde n'est pas payé au plus tard le {payBy}, l'amende sera recouvrée par voie forcée : une contrainte sera décernée, puis signifiée et exécutée par un huissier de justice. Les frais qui en découlent s'ajoutent au montant dû et sont à votre charge.")),
            new Paragraph(l.Say(
                "Hebt u intussen betaald, dan mag u deze herinnering als zonder voorwerp beschouwen.",
                "Si vous avez payé entre-temps, veuillez ne pas tenir compte du présent rappel.")),
        ];

        return new KindWording(
            l.Say("herinnering – betaling van een administratieve geldboete", "rappel – paiement d'une amende administrative"),
            body);
    }
}
