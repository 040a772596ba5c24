using Sac.Domain.Cases;
using Sac.Domain.Decisions;
using Sac.Domain.Documents;

namespace Sac.Application.Letters;

/// <summary>
/// Everything a letter says, in the offender's language, already computed: the renderer only lays it out
/// with the wording of <see cref="Kind"/> in <see cref="Language"/> ("nl" or "fr").
/// </summary>
public sealed record LetterContent(
    DocumentKind Kind,
    string Language,
    LetterSender Sender,
    LetterRecipient Recipient,
    string CaseNumber,
    DateOnly LetterDate,
    LetterFacts Facts,
    LetterTerms Terms,
    LetterDecision? Decision = null,
    LetterPayment? Payment = null);

/// <summary>The municipality's sender block and the sanctioning official who signs.</summary>
public sealed record LetterSender(
    string MunicipalityName,
    string Street,
    string PostalCode,
    string City,
    string OfficialName,
    string Email,
    string Phone);

/// <summary>The addressee; for a minor's parents letter the recipient is "the parents of" the minor.</summary>
public sealed record LetterRecipient(string Name, IReadOnlyList<string> AddressLines, bool IsMinor);

/// <summary>The facts as the regulation qualifies them.</summary>
public sealed record LetterFacts(
    string InfractionCode,
    string Article,
    string InfractionText,
    bool IsTrafficWithFixedFine,
    DateTimeOffset FactsAt,
    string Place);

/// <summary>The legal terms the letter explains, from the legal regime in force on the facts date.</summary>
public sealed record LetterTerms(
    int DefenceDays,
    int DeemedReceiptWorkingDays,
    bool OralHearingRight,
    decimal OralHearingThreshold,
    int AppealMonths,
    AppealCourt AppealCourt,
    int ReminderTermDays);

/// <summary>The decision as taken, with the reasons the official wrote.</summary>
public sealed record LetterDecision(
    DateOnly DecidedOn,
    DecisionKind Kind,
    decimal? Amount,
    int? Hours,
    string? NoSanctionReason,
    string? Reasoning);

/// <summary>What to pay, by when, to which account and with which structured communication (+++ddd/dddd/ddddd+++).</summary>
public sealed record LetterPayment(
    decimal AmountDue,
    decimal AmountPaid,
    decimal Outstanding,
    DateOnly PayBy,
    string Iban,
    string Bic,
    string StructuredCommunication);
