using Sac.Domain.Calendar;
using Sac.Domain.Cases;
using Sac.Domain.Municipalities;
using Sac.Domain.Offenders;

namespace Sac.Application.Tests.TestData;

/// <summary>Cases opened straight through the domain, as if an earlier request had stored them.</summary>
internal static class TestCases
{
    public static Offender Peeters() => Offender.Person(
        NationalRegisterNumber.Create(FindingCommands.ValidNationalRegisterNumber).Value, "Peeters", "Jan", FindingCommands.ValidBirthDate, "nl", null);

    public static Case Open(Municipality municipality, string infractionCode, string factsAt, Offender? offender = null, string? recordedAt = null)
    {
        var facts = TestClock.Instant(factsAt);
        var infraction = municipality.InfractionOn(infractionCode, BelgianTime.DateOf(facts))
            ?? throw new InvalidOperationException($"{municipality.Nis} has no {infractionCode} on {factsAt}.");
        var intake = new CaseIntake(
            municipality.Nis,
            infraction,
            facts,
            facts,
            new Place("Korenmarkt", "1", "9000", "Gent", null, null),
            null,
            offender ?? Peeters(),
            null,
            null);
        var now = recordedAt is null ? facts.AddDays(1) : TestClock.Instant(recordedAt);
        return Case.Open(intake, $"{municipality.Nis}-{now.Year}-000001", now, "finder@demo.sac").Value;
    }
}
