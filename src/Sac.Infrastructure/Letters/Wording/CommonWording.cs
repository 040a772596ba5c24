using System.Text.RegularExpressions;
using Sac.Application.Letters;
using Sac.Domain.Calendar;
using Sac.Domain.Payments;

namespace Sac.Infrastructure.Letters.Wording;

/// <summary>The parts every letter shares: addresses, salutation, the facts with their legal basis, contact, closing and signature.</summary>
internal static partial class CommonWording
{
    public static IReadOnlyList<string> SenderBlock(LetterSender sender, LetterLanguage l) =>
    [
        sender.MunicipalityName,
        sender.Street,
        sender.PostalCode + " " + sender.City,
        sender.OfficialName + ", " + OfficialTitle(l),
        sender.Email,
        l.Say("Tel. ", "Tél. ") + sender.Phone,
    ];

    public static IReadOnlyList<string> RecipientBlock(LetterRecipient recipient, bool toTheParents, LetterLanguage l) =>
    [
        toTheParents ? l.Say("Aan de ouders van ", "Aux parents de ") + recipient.Name : recipient.Name,
        .. recipient.AddressLines,
    ];

    public static string PlaceAndDate(LetterContent letter, LetterLanguage l) =>
        letter.Sender.City + ", " + l.Date(letter.LetterDate);

    public static string Reference(string caseNumber, LetterLanguage l) =>
        l.Label("Ons kenmerk", "Notre référence") + " " + caseNumber;

    public static string Subject(string subject, LetterLanguage l) => l.Label("Betreft", "Objet") + " " + subject;

    public static string Salutation(LetterLanguage l) => l.Say("Geachte heer, mevrouw,", "Madame, Monsieur,");

    public static string Closing(LetterLanguage l) =>
        l.Say("Hoogachtend,", "Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.");

    public static IReadOnlyList<string> Signature(LetterSender sender, LetterLanguage l) => [sender.OfficialName, OfficialTitle(l)];

    public static string OfficialTitle(LetterLanguage l) => l.Say("sanctionerend ambtenaar", "fonctionnaire sanctionnateur");

    public static string LegalBasis(LetterLanguage l) =>
        l.Say(
            "Wet van 24 juni 2013 betreffende de gemeentelijke administratieve sancties",
            "Loi du 24 juin 2013 relative aux sanctions administratives communales");

    /// <summary>
    /// The facts as the finding describes them and the rule they break: date and Brussels time, place,
    /// the infraction (article of the police regulation, text, code) and the legal basis.
    /// </summary>
    public static IEnumerable<LetterBlock> Facts(LetterFacts facts, LetterLanguage l)
    {
        var local = BelgianTime.LocalTimeOf(facts.FactsAt);
        yield return new Field(
            l.Label("Datum en uur", "Date et heure"),
            l.Date(DateOnly.FromDateTime(local)) + l.Say(" om ", " à ") + l.Time(local));
        yield return new Field(l.Label("Plaats", "Lieu"), facts.Place);
        yield return new Field(
            l.Label("Inbreuk", "Infraction"),
            facts.Article + " " + l.Say("van het politiereglement", "du règlement de police") + " – " + facts.InfractionText
                + " (code " + facts.InfractionCode + ")");
        var basis = LegalBasis(l) + l.Say("; gemeentelijk politiereglement", " ; règlement communal de police");
        if (facts.IsTrafficWithFixedFine)
        {
            basis += l.Say(
                "; koninklijk besluit van 9 maart 2014 (stilstaan en parkeren, verkeersborden C3 en F103)",
                " ; arrêté royal du 9 mars 2014 (arrêt et stationnement, signaux C3 et F103)");
        }

        yield return new Field(l.Label("Rechtsgrond", "Base légale"), basis);
    }

    /// <summary>"via gas@gent.be of op 09 210 10 10".</summary>
    public static string Contact(LetterSender sender, LetterLanguage l) =>
        l.Say("via ", "par courriel à ") + sender.Email + l.Say(" of op het nummer ", " ou par téléphone au ") + sender.Phone;

    public static string QuoteReference(string caseNumber, LetterLanguage l) =>
        l.Say("Vermeld daarbij altijd ons kenmerk ", "Mentionnez toujours notre référence ") + caseNumber + ".";

    /// <summary>"de 3de werkdag na de afgifte ervan bij de post" / "le 3e jour ouvrable après sa remise à la poste".</summary>
    public static string DeemedReceipt(int workingDays, LetterLanguage l) =>
        l.Say("de ", "le ") + l.Ordinal(workingDays)
        + l.Say(" werkdag na de afgifte van deze brief bij de post", " jour ouvrable après la remise de la présente lettre à la poste");

    /// <summary>To whom and how to pay: IBAN, BIC, structured communication exactly as given.</summary>
    public static IEnumerable<LetterBlock> PaymentAccount(LetterSender sender, LetterPayment payment, LetterLanguage l)
    {
        yield return new Field(l.Label("Begunstigde", "Bénéficiaire"), sender.MunicipalityName);
        yield return new Field(l.Label("IBAN", "IBAN"), payment.Iban);
        yield return new Field(l.Label("BIC", "BIC"), payment.Bic);
        yield return new Field(l.Label("Gestructureerde mededeling", "Communication structurée"), payment.StructuredCommunication);
    }

    /// <summary>
    /// The QR code that fills in the transfer in a bank app, for what is still to pay: only when the letterhead gives
    /// both IBAN and BIC and the communication is one the bank accepts; otherwise the letter goes without it.
    /// </summary>
    public static IEnumerable<LetterBlock> PaymentCode(LetterSender sender, LetterPayment payment, LetterLanguage l)
    {
        if (string.IsNullOrWhiteSpace(payment.Iban) || string.IsNullOrWhiteSpace(payment.Bic)
            || StructuredCommunication.Parse(payment.StructuredCommunication) is not { IsSuccess: true } communication)
        {
            yield break;
        }

        var code = EpcPaymentCode.Create(sender.MunicipalityName, payment.Iban, payment.Bic, payment.Outstanding, communication.Value);
        if (code.IsSuccess)
        {
            yield return new PaymentCode(code.Value.Payload, l.Say("Scan met uw bank-app", "Scannez avec votre application bancaire"));
        }
    }

    public static Paragraph UseStructuredCommunication(LetterLanguage l) =>
        new(l.Say(
            "Vermeld bij uw betaling altijd de gestructureerde mededeling, zodat uw betaling aan uw dossier gekoppeld kan worden.",
            "Mentionnez toujours la communication structurée lors de votre paiement, afin qu'il puisse être rattaché à votre dossier."));

    /// <summary>Splits a text typed by a person into paragraphs at its blank lines; single line breaks stay inside a paragraph.</summary>
    public static IEnumerable<Paragraph> Paragraphs(string text) =>
        BlankLine().Split(text.ReplaceLineEndings("\n"))
            .Select(paragraph => paragraph.Trim())
            .Where(paragraph => paragraph.Length > 0)
            .Select(paragraph => new Paragraph(paragraph));

    [GeneratedRegex(@"\n[ \t]*\n")]
    private static partial Regex BlankLine();
}
