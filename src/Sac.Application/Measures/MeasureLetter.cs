using Sac.Application.Letters;
using Sac.Domain.CollegeSanctions;
using Sac.Domain.Measures;
using Sac.Domain.PlaceBans;

namespace Sac.Application.Measures;

/// <summary>
/// What a letter of a college sanction or place ban says, in the addressee's language ("nl" or "fr"), already computed: the
/// renderer only words and lays it out. The college or the mayor signs, not the sanctioning official.
/// </summary>
public abstract record MeasureLetter(MeasureLetterKind Kind, string Language, MeasureSender Sender, LetterRecipient Recipient, string Reference, DateOnly LetterDate);

/// <summary>The municipality's letterhead.</summary>
public sealed record MeasureSender(string MunicipalityName, string Street, string PostalCode, string City, string Email, string Phone);

/// <summary>One infraction of the regulation as it reads, in the addressee's language.</summary>
public sealed record RegulationExtract(string Code, string Article, string Text);

/// <summary>The prior warning: what the holder is reproached, and the sanction the college may impose.</summary>
public sealed record CollegeWarningLetter(
    string Language, MeasureSender Sender, LetterRecipient Recipient, string Reference, DateOnly LetterDate,
    string Subject, IReadOnlyList<RegulationExtract> Extract)
    : MeasureLetter(MeasureLetterKind.CollegeWarning, Language, Sender, Recipient, Reference, LetterDate);

/// <summary>The notification of the college's decision, with the appeal to the Council of State.</summary>
public sealed record CollegeDecisionLetter(
    string Language, MeasureSender Sender, LetterRecipient Recipient, string Reference, DateOnly LetterDate,
    string Subject, IReadOnlyList<RegulationExtract> Extract, CollegeSanctionKind SanctionKind, DateOnly WarnedOn, DateOnly DecidedOn,
    DateOnly StartsOn, DateOnly? EndsOn, string Reasons, int AppealDays)
    : MeasureLetter(MeasureLetterKind.CollegeDecision, Language, Sender, Recipient, Reference, LetterDate);

/// <summary>One period of a place ban: the place, the dates, the grounds, the appeal.</summary>
public sealed record PlaceBanLetter(
    string Language, MeasureSender Sender, LetterRecipient Recipient, string Reference, DateOnly LetterDate,
    PlaceBanPeriod Period, int PeriodMonths, int MaximumPeriods, string Place, PlaceBanGround Ground, string Grounds, DateOnly HeardOn, int AppealDays)
    : MeasureLetter(MeasureLetterKind.PlaceBanPeriod, Language, Sender, Recipient, Reference, LetterDate);
