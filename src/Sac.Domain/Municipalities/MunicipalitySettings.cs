using Sac.Domain.Common;

namespace Sac.Domain.Municipalities;

/// <summary>
/// The legal choices a municipal council makes (gas-law.md §0b): from which age minors are
/// covered (14, 16, or not at all), from which date the 2024 caps apply, whether adults are
/// offered mediation, the payment term, and how long personal data of a closed case is kept.
/// </summary>
public sealed record MunicipalitySettings
{
    /// <summary>gas-law.md §0b "Register retention" and §8: five years, unless the council decides otherwise.</summary>
    public const int DefaultRetentionYears = 5;

    public const int MinimumRetentionYears = 1;

    public const int MaximumRetentionYears = 30;

    private static readonly int[] AllowedMinorsMinimumAges = [14, 16];

    private MunicipalitySettings(int? minorsMinimumAge, DateOnly? caps2024AdoptedOn, bool adultMediationOffered, int paymentTermDays, int retentionYears)
    {
        MinorsMinimumAge = minorsMinimumAge;
        Caps2024AdoptedOn = caps2024AdoptedOn;
        AdultMediationOffered = adultMediationOffered;
        PaymentTermDays = paymentTermDays;
        RetentionYears = retentionYears;
    }

    /// <summary>14 or 16; null when the regulation does not cover minors.</summary>
    public int? MinorsMinimumAge { get; }

    /// <summary>The date from which the council adopted the 2024 caps; null when not adopted.</summary>
    public DateOnly? Caps2024AdoptedOn { get; }

    public bool AdultMediationOffered { get; }

    public int PaymentTermDays { get; }

    /// <summary>Years the personal data of a closed case (and of a register line) is kept before it is anonymised (see <see cref="DataProtection.Retention"/>).</summary>
    public int RetentionYears { get; }

    public static Result<MunicipalitySettings> Create(
        int? minorsMinimumAge, DateOnly? caps2024AdoptedOn, bool adultMediationOffered, int paymentTermDays, int retentionYears = DefaultRetentionYears)
    {
        var errors = new List<Error>();
        if (minorsMinimumAge is { } age && !AllowedMinorsMinimumAges.Contains(age))
        {
            errors.Add(new Error("MINORS_MINIMUM_AGE_INVALID", "Minors can be covered from 14 or 16, or not at all.", Field: "minorsMinimumAge"));
        }

        if (paymentTermDays is < 1 or > 365)
        {
            errors.Add(new Error("PAYMENT_TERM_INVALID", "The payment term is between 1 and 365 days.", Field: "paymentTermDays"));
        }

        if (retentionYears is < MinimumRetentionYears or > MaximumRetentionYears)
        {
            errors.Add(new Error("RETENTION_YEARS_INVALID", "Personal data is kept between 1 and 30 years.", Field: "retentionYears"));
        }

        return errors.Count > 0
            ? Result<MunicipalitySettings>.Failure(errors)
            : new MunicipalitySettings(minorsMinimumAge, caps2024AdoptedOn, adultMediationOffered, paymentTermDays, retentionYears);
    }
}
