using Sac.Domain.Common;

namespace Sac.Domain.PlaceBans;

public static class PlaceBanErrors
{
    public static readonly Error PersonOnly =
        new("PLACE_BAN_PERSON_ONLY", "A place ban is imposed on a natural person.", Field: "person.kind");

    public static readonly Error PlaceRequired = new("REQUIRED", "Describe the place or perimeter.", Field: "place");

    public static readonly Error GroundsRequired = new("REQUIRED", "State the grounds.", Field: "grounds");

    public static readonly Error BeforeHearing =
        new("PLACE_BAN_BEFORE_HEARING", "The person must be heard before the first period is decided.", ErrorKind.BusinessRule, "decidedOn");

    public static readonly Error BeforeRegime =
        new("PLACE_BAN_BEFORE_REGIME", "No legal regime applies on this date.", Field: "decidedOn");

    public static Error PeriodTooLong(DateOnly lastDay) =>
        new("PLACE_BAN_PERIOD_TOO_LONG", $"A period starting on this day may last until {lastDay:yyyy-MM-dd} at the latest.", ErrorKind.BusinessRule, "endsOn");

    public static Error RenewalsExhausted(int renewals) =>
        new("PLACE_BAN_RENEWALS_EXHAUSTED", $"A place ban may be renewed {renewals} times only.", ErrorKind.BusinessRule);

    public static Error RenewalNotConsecutive(DateOnly startsOn) =>
        new("PLACE_BAN_RENEWAL_NOT_CONSECUTIVE", $"A renewal starts the day after the previous period ends: {startsOn:yyyy-MM-dd}.", ErrorKind.BusinessRule, "startsOn");

    public static readonly Error RenewalAfterEnd =
        new("PLACE_BAN_RENEWAL_AFTER_END", "A renewal is decided before the previous period has ended.", ErrorKind.BusinessRule, "decidedOn");
}
