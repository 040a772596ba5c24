using Sac.Application.Measures;
using Sac.Infrastructure.Letters.Wording;

namespace Sac.Infrastructure.Letters.Measures;

/// <summary>
/// Chooses every word of a letter of a college sanction or place ban: the municipality's letterhead, the wording of its kind,
/// and the signature of the authority that decides (the college, or the mayor), not of the sanctioning official.
/// </summary>
internal static class MeasureWording
{
    public static ComposedLetter Compose(MeasureLetter letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        var l = LetterLanguage.Of(letter.Language);
        var (subject, body, authority) = letter switch
        {
            CollegeWarningLetter warning => (CollegeWording.WarningSubject(l), CollegeWording.Warning(warning, l), CollegeWording.Authority(l)),
            CollegeDecisionLetter decision => (CollegeWording.DecisionSubject(l), CollegeWording.Decision(decision, l), CollegeWording.Authority(l)),
            PlaceBanLetter ban => (PlaceBanWording.Subject(ban, l), PlaceBanWording.Body(ban, l), PlaceBanWording.Authority(l)),
            _ => throw new ArgumentException($"{letter.GetType().Name} is not a letter Sac writes.", nameof(letter)),
        };

        var sender = letter.Sender;
        return new ComposedLetter(
            [sender.MunicipalityName, sender.Street, sender.PostalCode + " " + sender.City, sender.Email, l.Say("Tel. ", "Tél. ") + sender.Phone],
            [letter.Recipient.Name, .. letter.Recipient.AddressLines],
            sender.City + ", " + l.Date(letter.LetterDate),
            CommonWording.Reference(letter.Reference, l),
            CommonWording.Subject(subject, l),
            [new Paragraph(CommonWording.Salutation(l)), .. body],
            CommonWording.Closing(l),
            [sender.MunicipalityName, authority]);
    }

    /// <summary>The appeal against a decision of the college or the mayor: an annulment appeal to the Council of State.</summary>
    public static IEnumerable<LetterBlock> CouncilOfStateAppeal(int days, LetterLanguage l)
    {
        yield return new Heading(l.Say("Beroep", "Recours"));
        yield return new Paragraph(l.Say(
            $"Tegen deze beslissing kunt u binnen {l.Days(days)} na de kennisgeving een beroep tot nietigverklaring instellen bij de Raad van State "
            + "(Raad van State / Conseil d'État, Wetenschapsstraat 33, 1040 Brussel), met een verzoekschrift ondertekend door u of een advocaat.",
            $"Vous pouvez introduire contre la présente décision un recours en annulation auprès du Conseil d'État (Raad van State / Conseil d'État, "
            + $"rue de la Science 33, 1040 Bruxelles) dans les {l.Days(days)} de sa notification, par une requête signée par vous ou par un avocat."));
    }
}
