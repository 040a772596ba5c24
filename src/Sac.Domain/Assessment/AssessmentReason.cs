namespace Sac.Domain.Assessment;

/// <summary>Why a fine cannot be imposed today. The codes are part of the API contract.</summary>
public static class AssessmentReason
{
    public const string OffenderUnidentified = "OFFENDER_UNIDENTIFIED";
    public const string UnderMinimumAge = "UNDER_MINIMUM_AGE";
    public const string MinorsNotCovered = "MINORS_NOT_COVERED";
    public const string MinorsNotAllowedForInfraction = "MINORS_NOT_ALLOWED_FOR_INFRACTION";
    public const string ParkingAdultsOnly = "PARKING_ADULTS_ONLY";
    public const string FixedFineNotInForce = "FIXED_FINE_NOT_IN_FORCE";
    public const string AwaitingProsecutor = "AWAITING_PROSECUTOR";
    public const string TimeBarred = "TIME_BARRED";
}
