using Sac.Domain.Common;

namespace Sac.Domain.Decisions;

/// <summary>Why a decision is refused; the codes are part of the API contract (api-v1.md, 422).</summary>
public static class DecisionErrors
{
    public static Error FineAboveMaximum(decimal maximum) =>
        new("FINE_ABOVE_MAXIMUM", $"The fine cannot exceed {maximum:0.00} euro.", ErrorKind.BusinessRule, "amount");

    public static Error FineBelowMinimum(decimal minimum) =>
        new("FINE_BELOW_MINIMUM", $"The regulation sets a minimum of {minimum:0.00} euro.", ErrorKind.BusinessRule, "amount");

    public static Error FixedFineMismatch(decimal fixedFine) =>
        new("FIXED_FINE_MISMATCH", $"This infraction carries a fixed fine of {fixedFine:0.00} euro.", ErrorKind.BusinessRule, "amount");

    public static Error CommunityServiceAboveMaximum(int maximum) =>
        new("COMMUNITY_SERVICE_ABOVE_MAXIMUM", $"Community service is at most {maximum} hours here.", ErrorKind.BusinessRule, "hours");

    public static Error DefencePeriodRunning(DateOnly lastDay) =>
        new("DEFENCE_PERIOD_RUNNING", $"The offender may file a defence until {lastDay:yyyy-MM-dd}.", ErrorKind.BusinessRule, "decidedAt");

    public static Error TimeBarred(DateOnly lastDay) =>
        new("TIME_BARRED", $"No sanction can be imposed after {lastDay:yyyy-MM-dd}.", ErrorKind.BusinessRule, "decidedAt");

    public static Error NotSanctionable(IEnumerable<string> reasons) =>
        new("NOT_SANCTIONABLE", $"No sanction can be imposed: {string.Join(", ", reasons)}.", ErrorKind.BusinessRule);

    public static readonly Error MediationNotOffered =
        new("MEDIATION_NOT_OFFERED", "Mediation must be offered first, or is not available to this offender.", ErrorKind.BusinessRule, "kind");

    public static readonly Error NoticeNotSent =
        new("INVALID_STATE", "A sanction needs a notice of proceedings first.", ErrorKind.BusinessRule);

    public static readonly Error HearingPending =
        new("INVALID_STATE", "The oral hearing has not been held yet.", ErrorKind.BusinessRule);

    public static readonly Error AmountRequired =
        new("AMOUNT_REQUIRED", "A fine needs a positive amount.", Field: "amount");

    public static readonly Error HoursRequired =
        new("HOURS_REQUIRED", "Community service needs a positive number of hours.", Field: "hours");
}
