using Sac.Domain.Common;

namespace Sac.Domain.Municipalities;

public static class RegulationErrors
{
    public static readonly Error ValidFromBeforeGasLaw =
        new("VALID_FROM_BEFORE_GAS_LAW", "A regulation cannot apply before the GAS law came into force on 2014-01-01.", Field: "validFrom");

    public static readonly Error MinimumAboveMaximum =
        new("MINIMUM_ABOVE_MAXIMUM", "The minimum amount is above the maximum amount.", Field: "minimumAmount");

    public static readonly Error DefaultOutsideRange =
        new("DEFAULT_OUTSIDE_RANGE", "The default amount must lie between the minimum and the maximum.", Field: "defaultAmount");

    public static readonly Error RecidivismMaximumBelowMaximum =
        new("RECIDIVISM_MAXIMUM_BELOW_MAXIMUM", "The maximum for recidivists cannot be below the ordinary maximum.", Field: "recidivismMaximumAmount");

    public static readonly Error ValidFromBeforeCurrentVersion =
        new("VALID_FROM_BEFORE_CURRENT_VERSION", "A new version cannot start before the version in force starts.", ErrorKind.BusinessRule, "validFrom");

    public static Error AmountRequired(string field) =>
        new("AMOUNT_REQUIRED", "A positive amount is required for this category.", Field: field);

    public static Error UnknownInfraction(string code) =>
        new("UNKNOWN_INFRACTION", $"The regulation has no infraction '{code}' on that date.", Field: "infractionCode");
}
