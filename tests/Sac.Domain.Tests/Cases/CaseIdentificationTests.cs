using Sac.Domain.Cases;
using Sac.Domain.Decisions;
using Sac.Domain.Offenders;
using Sac.Domain.Tests.TestData;
using static Sac.Domain.Tests.TestData.Build;

namespace Sac.Domain.Tests.Cases;

/// <summary>Identifying the offender: before the decision only, the plate stays with the case, one timeline line, one version.</summary>
public sealed class CaseIdentificationTests
{
    private static readonly DateTimeOffset Later = Instant("2025-03-10T09:00:00+01:00");

    private static Offender Holder() => Offender.Person(
        NationalRegisterNumber.Create("95031720144").Value, "Dupont", "Thomas", null, "fr", new Address("Rue du Midi", "80", "1000", "Bruxelles", "BE"));

    [Fact]
    public void Identify_VehicleFinding_TheHolderBecomesTheOffenderAndKeepsThePlate()
    {
        var c = Scenario.Open(offender: Vehicle()).Case;

        var result = c.Identify(Holder(), Later, "Sac", "1ABC123 2025-03-01");

        Assert.True(result.IsSuccess);
        Assert.Equal(OffenderType.Person, c.Offender.Type);
        Assert.Equal("95031720144", c.Offender.NationalRegisterNumber);
        Assert.Equal(new DateOnly(1995, 3, 17), c.Offender.BirthDate);
        Assert.Equal(("1ABC123", "BE"), (c.Offender.Plate, c.Offender.PlateCountry));
        Assert.True(c.Offender.IsIdentified);
        Assert.False(c.AwaitsVehicleHolder);
        Assert.Equal(2, c.Version);
        Assert.Equal(new CaseEvent(Later, CaseEvent.OffenderIdentified, "Sac", "1ABC123 2025-03-01"), c.Timeline[^1]);
    }

    [Fact]
    public void Identify_ACompanyHolder_BecomesTheOffender()
    {
        var c = Scenario.Open(offender: Vehicle()).Case;

        Assert.True(c.Identify(Company(), Later, "official").IsSuccess);

        Assert.Equal(OffenderType.Company, c.Offender.Type);
        Assert.Equal("1ABC123", c.Offender.Plate);
    }

    [Fact]
    public void Identify_APersonAgain_ReidentifiesThem()
    {
        var c = Scenario.Open(offender: Adult()).Case;

        Assert.True(c.Identify(Holder(), Later, "official").IsSuccess);

        Assert.Equal("Dupont", c.Offender.LastName);
        Assert.Null(c.Offender.Plate);
        Assert.Equal(2, c.Version);
    }

    [Fact]
    public void Identify_TheSameOffenderAgain_ChangesNothing()
    {
        var c = Scenario.Open(offender: Vehicle()).Case;
        c.Identify(Holder(), Later, "Sac");

        Assert.True(c.Identify(Holder(), Later.AddHours(1), "official").IsSuccess);

        Assert.Equal(2, c.Version);
        Assert.Equal(2, c.Timeline.Count);
    }

    [Fact]
    public void Identify_AfterTheNotice_IsStillAllowed()
    {
        var c = Scenario.Open(offender: Adult()).Noticed().Case;

        Assert.True(c.Identify(Holder(), Later, "official").IsSuccess);
        Assert.Equal(CaseStatus.NoticeSent, c.Status);
    }

    [Fact]
    public void Identify_AfterTheDecision_IsRefusedAndChangesNothing()
    {
        var c = Scenario.Open(offender: Adult()).Noticed().Decided(DecisionKind.Fine, "2025-03-24", amount: 200m).Case;
        var version = c.Version;

        var error = Assert.Single(c.Identify(Holder(), Later, "official").Errors);

        Assert.Equal("INVALID_STATE", error.Code);
        Assert.Equal("Peeters", c.Offender.LastName);
        Assert.Equal(version, c.Version);
        Assert.True(c.CheckCanIdentify().IsFailure);
    }

    [Fact]
    public void Identify_AVehicle_IsAProgrammingError()
    {
        var c = Scenario.Open(offender: Vehicle()).Case;

        Assert.Throws<ArgumentException>(() => c.Identify(Vehicle(), Later, "official"));
    }

    [Fact]
    public void AwaitsVehicleHolder_OnlyForABelgianPlateBeforeTheDecision()
    {
        var belgian = Scenario.Open(offender: Vehicle()).Case;
        var foreign = Scenario.Open(offender: Offender.Vehicle(LicencePlate.Create("B-XY 1234", "DE").Value)).Case;
        var closed = Scenario.Open(offender: Vehicle()).Case;
        closed.Close(CloseReason.NotSanctionable, null, Later, "official");

        Assert.True(belgian.AwaitsVehicleHolder);
        Assert.False(foreign.AwaitsVehicleHolder);
        Assert.Null(foreign.BelgianPlate);
        Assert.False(closed.AwaitsVehicleHolder);
    }

    [Fact]
    public void RecordNoHolderFound_SaysSoOnTheTimelineWithThePlateAndTheDate()
    {
        var c = Scenario.Open(offender: Vehicle()).Case;

        Assert.True(c.RecordNoHolderFound(Later, "Sac").IsSuccess);

        Assert.Equal(new CaseEvent(Later, CaseEvent.HolderNotFound, "Sac", "1ABC123 2025-03-01"), c.Timeline[^1]);
        Assert.Equal(OffenderType.Vehicle, c.Offender.Type);
        Assert.Equal(2, c.Version);
    }

    [Fact]
    public void RecordNoHolderFound_ForAnIdentifiedOffender_IsRefused()
    {
        var c = Scenario.Open(offender: Adult()).Case;

        Assert.True(c.RecordNoHolderFound(Later, "Sac").IsFailure);
        Assert.Equal(1, c.Version);
    }
}
