using Sac.Domain.Municipalities;

namespace Sac.Domain.LegalRegimes;

/// <summary>The dated legal regimes of the GAS law, oldest first (gas-law.md §0b, §2.3, §3.2).</summary>
public static class LegalRegimeHistory
{
    private static readonly LegalRegime GasLaw2014 = new()
    {
        ValidFrom = new DateOnly(2014, 1, 1),
        Basis = "GAS_LAW_2013",
        MinorFineCap = 175m,
        AdultFineCap = 350m,
        AdultRecidivistFineCap = null,
        FixedFines = new Dictionary<InfractionCategory, decimal>(),
    };

    // KB of 9 March 2014: parking and C3/F103 camera findings through GAS from 1 July 2014.
    private static readonly LegalRegime Parking2014 = GasLaw2014 with
    {
        ValidFrom = new DateOnly(2014, 7, 1),
        Basis = "ROYAL_DECREE_2014_PARKING",
        FixedFines = new Dictionary<InfractionCategory, decimal>
        {
            [InfractionCategory.Parking1] = 55m,
            [InfractionCategory.Parking2] = 110m,
            [InfractionCategory.CameraC3F103] = 55m,
        },
    };

    private static readonly LegalRegime Parking2018 = Parking2014 with
    {
        ValidFrom = new DateOnly(2018, 9, 1),
        Basis = "ROYAL_DECREE_2018_PARKING_AMOUNTS",
        FixedFines = new Dictionary<InfractionCategory, decimal>
        {
            [InfractionCategory.Parking1] = 58m,
            [InfractionCategory.Parking2] = 116m,
            [InfractionCategory.CameraC3F103] = 58m,
        },
    };

    // Law of 11 December 2023, in force 8 January 2024: the 500 cap for adult recidivists and
    // F111 cycle zones (its amount is UNCONFIRMED; the first-category amount is assumed).
    private static readonly LegalRegime Amendment2024 = Parking2018 with
    {
        ValidFrom = new DateOnly(2024, 1, 8),
        Basis = "LAW_2023_AMENDMENT",
        AdultRecidivistFineCap = 500m,
        FixedFines = new Dictionary<InfractionCategory, decimal>
        {
            [InfractionCategory.Parking1] = 58m,
            [InfractionCategory.Parking2] = 116m,
            [InfractionCategory.CameraC3F103] = 58m,
            [InfractionCategory.CycleZoneF111] = 58m,
        },
    };

    public static IReadOnlyList<LegalRegime> All { get; } = [GasLaw2014, Parking2014, Parking2018, Amendment2024];

    /// <summary>The regime in force on <paramref name="date"/>; null before the GAS law.</summary>
    public static LegalRegime? On(DateOnly date) => All.LastOrDefault(r => r.ValidFrom <= date);
}
