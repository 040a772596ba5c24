using Sac.Application.Letters;
using Sac.Domain.Cases;
using Sac.Domain.Decisions;
using Sac.Domain.Documents;

namespace Sac.Infrastructure.Tests.Letters;

/// <summary>
/// Builds a <see cref="LetterContent"/> with plausible defaults (Gent, an adult, littering on 1 March 2025 at
/// 14.30 Brussels time, a fine of 200 euro decided on 15 April 2025, to pay by 16 June 2025) that each test
/// changes only where it matters.
/// </summary>
internal sealed class LetterBuilder
{
    public const string CaseNumber = "GAS/2025/00042";
    public const string Iban = "BE68 5390 0754 7034";
    public const string Bic = "GKCCBEBB";
    public const string StructuredCommunication = "+++250/0000/00197+++";

    private LetterContent letter = new(
        DocumentKind.Notice,
        "nl",
        new LetterSender("Stad Gent", "Botermarkt 1", "9000", "Gent", "An Peeters", "gas@stad.gent", "09 210 10 10"),
        new LetterRecipient("Jan Janssens", ["Veldstraat 12", "9000 Gent"], IsMinor: false),
        CaseNumber,
        new DateOnly(2025, 3, 10),
        new LetterFacts("LITTER", "art. 12", "Zwerfvuil achterlaten", IsTrafficWithFixedFine: false,
            new DateTimeOffset(2025, 3, 1, 13, 30, 0, TimeSpan.Zero), "Korenmarkt, Gent"),
        new LetterTerms(DefenceDays: 15, DeemedReceiptWorkingDays: 3, OralHearingRight: true, OralHearingThreshold: 70m,
            AppealMonths: 1, AppealCourt.PoliceCourt, ReminderTermDays: 30),
        new LetterDecision(new DateOnly(2025, 4, 15), DecisionKind.Fine, 200m, Hours: null, NoSanctionReason: null,
            "De feiten zijn bewezen door de vaststelling."),
        new LetterPayment(200m, 0m, 200m, new DateOnly(2025, 6, 16), Iban, Bic, StructuredCommunication));

    public static LetterBuilder A(DocumentKind kind) => new LetterBuilder().Of(kind);

    public LetterBuilder Of(DocumentKind kind) => With(l => l with { Kind = kind });

    public LetterBuilder In(string language) => With(l => l with { Language = language });

    public LetterBuilder French() => In("fr");

    public LetterBuilder Dated(DateOnly date) => With(l => l with { LetterDate = date });

    public LetterBuilder From(string municipality, string city) =>
        With(l => l with { Sender = l.Sender with { MunicipalityName = municipality, City = city } });

    public LetterBuilder To(string name, params string[] addressLines) =>
        With(l => l with { Recipient = l.Recipient with { Name = name, AddressLines = addressLines.Length > 0 ? addressLines : l.Recipient.AddressLines } });

    public LetterBuilder Minor() => With(l => l with { Recipient = l.Recipient with { IsMinor = true } });

    public LetterBuilder FactsAt(DateTimeOffset at) => With(l => l with { Facts = l.Facts with { FactsAt = at } });

    public LetterBuilder Traffic() => With(l => l with { Facts = l.Facts with { IsTrafficWithFixedFine = true } });

    public LetterBuilder Terms(Func<LetterTerms, LetterTerms> change) => With(l => l with { Terms = change(l.Terms) });

    public LetterBuilder Decision(Func<LetterDecision, LetterDecision> change) => With(l => l with { Decision = change(l.Decision!) });

    public LetterBuilder Reasoning(string reasoning) => Decision(d => d with { Reasoning = reasoning });

    public LetterBuilder Payment(Func<LetterPayment, LetterPayment> change) => With(l => l with { Payment = change(l.Payment!) });

    public LetterBuilder Without(bool decision = false, bool payment = false) =>
        With(l => l with { Decision = decision ? null : l.Decision, Payment = payment ? null : l.Payment });

    public LetterContent Build() => letter;

    private LetterBuilder With(Func<LetterContent, LetterContent> change)
    {
        letter = change(letter);
        return this;
    }
}
