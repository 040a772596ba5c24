using Sac.Application.Findings.RecordFinding;
using Sac.Application.Offenders;

namespace Sac.Application.Tests.TestData;

/// <summary>The finding of api-v1.md: litter on the Korenmarkt in Gent, 2025-03-01, by Jan Peeters (88022999990).</summary>
internal static class FindingCommands
{
    public const string ValidNationalRegisterNumber = "88022999990";

    public static readonly DateOnly ValidBirthDate = new(1988, 2, 29);

    public static OffenderInput Peeters() => new(
        "Person",
        NationalRegisterNumber: ValidNationalRegisterNumber,
        LastName: "Peeters",
        FirstName: "Jan",
        BirthDate: ValidBirthDate,
        Language: "nl",
        Address: new AddressInput("Veldstraat", "10", "9000", "Gent", "BE"));

    public static PlaceInput Korenmarkt() => new("Korenmarkt", "1", "9000", "Gent", 51.0548, 3.7216);

    public static RecordFindingCommand Litter(string externalId = "finding-1") => new(
        externalId,
        DemoMunicipalities.GentNis,
        "LITTER",
        TestClock.Instant("2025-03-01T22:15:00+01:00"),
        TestClock.Instant("2025-03-01T22:20:00+01:00"),
        Korenmarkt(),
        "Threw a can on the square.",
        Peeters());
}
