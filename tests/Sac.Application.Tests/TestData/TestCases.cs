using Sac.Domain.Calendar;
using Sac.Domain.Cases;
using Sac.Domain.Municipalities;
using Sac.Domain.Offenders;

namespace Sac.Application.Tests.TestData;

/// <summary>Cases opened straight through the domain, as if an earlier request had stored them.</summary>
internal static class TestCases
{
    /// <summary>The facts of the demo finding: litter on the Korenmarkt, Saturday 1 March 2025 at 22:15.</summary>
    public const string FactsAt = "2025-03-01T22:15:00+01:00";

    public static Offender Peeters() => Offender.Person(
        NationalRegisterNumber.Create(FindingCommands.ValidNationalRegisterNumber).Value, "Peeters", "Jan", FindingCommands.ValidBirthDate, "nl", null);

    /// <summary>Jan Peeters with his address in Gent.</summary>
    public static Offender PeetersAtHome() => Offender.Person(
        NationalRegisterNumber.Create(FindingCommands.ValidNationalRegisterNumber).Value, "Peeters", "Jan", FindingCommands.ValidBirthDate, "nl",
        new Address("Veldstraat", "10", "9000", "Gent", "BE"));

    /// <summary>A French-speaking adult living in Brussels.</summary>
    public static Offender Dubois() => Offender.Person(
        null, "Dubois", "Marie", new DateOnly(1990, 5, 14), "fr", new Address("Rue Haute", "5", "1000", "Bruxelles", "BE"));

    /// <summary>An adult whose language is not known, living in the Netherlands.</summary>
    public static Offender DeVries() => Offender.Person(
        null, "de Vries", "Pieter", new DateOnly(1980, 1, 2), null, new Address("Damrak", "1", "1012 LG", "Amsterdam", "NL"));

    /// <summary>Fourteen at the facts of 1 March 2025: a minor Gent's regulation covers.</summary>
    public static Offender MinorLotte() => Offender.Person(
        null, "Janssens", "Lotte", new DateOnly(2010, 6, 15), "nl", new Address("Kouter", "3", "9000", "Gent", "BE"));

    public static Offender Company() => Offender.Company(EnterpriseNumber.Create("0440966354").Value, "Schoonmaak BV", "nl", null);

    /// <summary>A parked car whose holder is not known: no sanction can follow.</summary>
    public static Offender Car() => Offender.Vehicle(LicencePlate.Create("1ABC123", "BE").Value);

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

    /// <summary>The demo finding's facts in Gent, for <paramref name="offender"/> (Jan Peeters by default).</summary>
    public static Case Gent(string infractionCode = "LITTER", Offender? offender = null) =>
        Open(DemoMunicipalities.Gent(), infractionCode, FactsAt, offender);
}
