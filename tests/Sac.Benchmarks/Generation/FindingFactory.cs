using System.Globalization;
using Sac.Application.Findings.RecordFinding;
using Sac.Application.Offenders;
using Sac.Domain.Calendar;

namespace Sac.Benchmarks.Generation;

/// <summary>
/// Findings as finders send them (<c>POST /api/v1/findings</c>): an infraction of the demo regulation in a realistic
/// mix (parking first), at a plausible hour, on a street of the municipality, about a person, a company or a plate.
/// </summary>
internal sealed class FindingFactory(Random random, OffenderPool offenders)
{
    private static readonly (string Code, int Weight)[] Mix =
    [
        ("PARK-PROHIBITED", 30), ("PARK-CYCLE-PATH", 8), ("LITTER", 17), ("BINS-WRONG-DAY", 12), ("URINATE", 8),
        ("NIGHT-NOISE", 9), ("DOG-FOULING", 5), ("GRAFFITI", 5), ("INSULT", 6),
    ];

    private static readonly string[] ForeignCountries = ["FR", "NL", "DE", "LU"];

    private static readonly int TotalWeight = Mix.Sum(m => m.Weight);

    public RecordFindingCommand Next(Locality locality, DateOnly factsDate, string externalId)
    {
        var code = PickInfraction();
        var factsAt = BelgianTime.FromLocalTime(factsDate.ToDateTime(TimeOfFacts(code)));
        var findingAt = factsAt.AddMinutes(random.Next(0, 21));
        var place = new PlaceInput(
            locality.Streets[random.Next(locality.Streets.Count)],
            random.Next(1, 200).ToString(CultureInfo.InvariantCulture),
            locality.PostalCode,
            locality.City,
            Math.Round(locality.Latitude + ((random.NextDouble() - 0.5) / 50), 6),
            Math.Round(locality.Longitude + ((random.NextDouble() - 0.5) / 50), 6));
        var description = random.NextDouble() < 0.4 ? $"Vastgesteld tijdens patrouille: {code.ToLowerInvariant()}." : null;
        return new RecordFindingCommand(externalId, locality.Nis, code, factsAt, findingAt, place, description, Offender(code, locality, factsDate));
    }

    private OffenderInput Offender(string code, Locality locality, DateOnly factsDate)
    {
        if (code.StartsWith("PARK-", StringComparison.Ordinal))
        {
            // Parking is found on the plate; the holder is identified later through the vehicle registry.
            return random.NextDouble() < 0.93
                ? new OffenderInput("Vehicle", Plate: Identifiers.BelgianPlate(random), Country: "BE")
                : new OffenderInput("Vehicle", Plate: Identifiers.ForeignPlate(random), Country: ForeignCountries[random.Next(ForeignCountries.Length)]);
        }

        var businesslike = code is "LITTER" or "BINS-WRONG-DAY" or "NIGHT-NOISE";
        return businesslike && random.NextDouble() < 0.08
            ? offenders.Company(locality)
            : offenders.Person(locality, factsDate, mayBeMinor: code is not "INSULT");
    }

    private string PickInfraction()
    {
        var draw = random.Next(TotalWeight);
        foreach (var (code, weight) in Mix)
        {
            if ((draw -= weight) < 0)
            {
                return code;
            }
        }

        throw new InvalidOperationException("The weights do not add up.");
    }

    /// <summary>Night noise at night, the rest in the day and evening.</summary>
    private TimeOnly TimeOfFacts(string code) => code == "NIGHT-NOISE"
        ? new TimeOnly((22 + random.Next(0, 5)) % 24, random.Next(0, 60))
        : new TimeOnly(random.Next(7, 23), random.Next(0, 60));
}
