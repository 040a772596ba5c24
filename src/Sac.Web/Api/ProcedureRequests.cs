using Sac.Domain.Cases;
using Sac.Domain.Decisions;

namespace Sac.Web.Api;

// Bodies of the procedure's POST /api/v1/cases/{id}/… endpoints. Dates are yyyy-MM-dd; Version, when given, is
// the case version the caller saw (a stale one answers 409).

/// <summary>notices, decision-notifications, parents-letters, mediation-offers.</summary>
internal sealed record PostedLetterRequest(DateOnly? SentAt, NotificationChannel? Channel, int? Version);

internal sealed record DecisionRequestBody(
    DateOnly? DecidedAt, DecisionKind? Kind, decimal? Amount, int? Hours, string? Reason, string? Reasoning, int? Version);

internal sealed record ProsecutorReportRequest(DateOnly? ReceivedOn, int? Version);

internal sealed record ProsecutorAnswerRequest(ProsecutorAnswer? Answer, DateOnly? AnsweredOn, int? Version);

internal sealed record LawyerRequestBody(DateOnly? RequestedOn, string? Note, int? Version);

internal sealed record MediationOutcomeRequest(MediationOutcome? Outcome, DateOnly? EndedOn, int? Version);

internal sealed record CommunityServiceOfferRequest(DateOnly? OfferedOn, int? Version);

internal sealed record CommunityServiceOutcomeRequest(bool? Performed, DateOnly? On, int? Version);

internal sealed record DefenceRequest(DateOnly? ReceivedOn, string? Text, int? Version);

internal sealed record HearingRequest(DateTimeOffset? At, string? Location, int? Version);

internal sealed record HearingMinutesRequest(DateOnly? HeldOn, bool? Attended, string? Minutes, int? Version);

internal sealed record AppealRequest(DateOnly? FiledOn, int? Version);

internal sealed record AppealOutcomeRequest(AppealOutcome? Outcome, DateOnly? JudgedOn, decimal? ReducedAmount, int? ReducedHours, int? Version);

internal sealed record PaymentRequest(DateOnly? PaidOn, decimal? Amount, string? Communication, int? Version);

internal sealed record RefundRequest(DateOnly? RefundedOn, decimal? Amount, string? Iban, int? Version);

internal sealed record CollectionHandOverRequest(DateOnly? On, int? Version);
