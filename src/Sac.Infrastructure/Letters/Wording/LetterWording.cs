using Sac.Application.Letters;
using Sac.Domain.Documents;

namespace Sac.Infrastructure.Letters.Wording;

/// <summary>Chooses every word of a letter: the common frame around the wording of its kind, in its language.</summary>
internal static class LetterWording
{
    public static ComposedLetter Compose(LetterContent letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        var l = LetterLanguage.Of(letter.Language);
        var kind = letter.Kind switch
        {
            DocumentKind.Notice => NoticeWording.Write(letter, l),
            DocumentKind.ParentsInformation => ParentsInformationWording.Write(letter, l),
            DocumentKind.MediationOffer => MediationOfferWording.Write(letter, l),
            DocumentKind.Decision => DecisionWording.Write(letter, l),
            DocumentKind.PaymentInvitation => PaymentInvitationWording.Write(letter, l),
            DocumentKind.PaymentReminder => PaymentReminderWording.Write(letter, l),
            _ => throw new ArgumentException($"{letter.Kind} is not a letter Sac writes.", nameof(letter)),
        };

        return new ComposedLetter(
            CommonWording.SenderBlock(letter.Sender, l),
            CommonWording.RecipientBlock(letter.Recipient, toTheParents: letter.Kind is DocumentKind.ParentsInformation, l),
            CommonWording.PlaceAndDate(letter, l),
            CommonWording.Reference(letter.CaseNumber, l),
            CommonWording.Subject(kind.Subject, l),
            [new Paragraph(kind.Salutation ?? CommonWording.Salutation(l)), .. kind.Body],
            CommonWording.Closing(l),
            CommonWording.Signature(letter.Sender, l));
    }
}
