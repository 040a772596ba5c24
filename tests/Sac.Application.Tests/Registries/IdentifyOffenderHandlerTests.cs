using Sac.Application.Cases.Identify;
using Sac.Application.Common;
using Sac.Application.Tests.Common;
using Sac.Application.Tests.Fakes;
using Sac.Application.Tests.TestData;
using Sac.Domain.Audit;
using Sac.Domain.Cases;
using Sac.Domain.Common;
using Sac.Domain.Decisions;
using Sac.Domain.Offenders;

namespace Sac.Application.Tests.Registries;

/// <summary>The official identifies the offender of a case through the registries, with the case as reference.</summary>
public sealed class IdentifyOffenderHandlerTests
{
    private readonly RegistryHarness harness = new(FakeCurrentUser.Official());

    public IdentifyOffenderHandlerTests()
    {
        harness.Registries.People.Add(FakeRegistries.Peeters());
        harness.Registries.People.Add(FakeRegistries.Peeters(deceased: true) with { NationalRegisterNumber = "41070803553", LastName = "Lambert" });
        harness.Registries.Holders.Add(FakeRegistries.PersonHolder("1ABC123", "2019-05-02", "2025-03-04", "95031720144", "Dupont"));
        harness.Registries.Holders.Add(FakeRegistries.PersonHolder("1ABC123", "2025-03-05", null, "75120131850", "Maes"));
    }

    private IdentifyOffenderHandler Handler => new(harness.Procedure.Services, harness.Lookups, harness.User);

    [Fact]
    public async Task FromTheVehicleHolder_TheHolderOnTheDateOfTheFactsBecomesTheOffender()
    {
        var car = harness.Store(TestCases.Gent(offender: TestCases.Car()));

        var result = await Identify(new IdentifyOffenderCommand(car.Id, null, FromVehicleHolder: true, ExpectedVersion: 1));

        Assert.True(result.IsSuccess, string.Join(", ", result.Errors.Select(e => e.Code)));
        Assert.Equal((OffenderType.Person, "Dupont", "95031720144"), (car.Offender.Type, car.Offender.LastName, car.Offender.NationalRegisterNumber));
        Assert.Equal("1ABC123", car.Offender.Plate);
        Assert.Equal(2, car.Version);
        Assert.Equal(new CaseEvent(harness.Procedure.Clock.GetUtcNow(), CaseEvent.OffenderIdentified, "official@demo.sac", "1ABC123 2025-03-01"), car.Timeline[^1]);
        var line = harness.Line;
        Assert.Equal((RegistryKind.VehicleRegistry, "1ABC123", new DateOnly(2025, 3, 1)), (line.Registry, line.Subject, line.AtDate));
        Assert.Equal((car.Id.ToString(), RegistryPurpose.IdentifyOffender, Roles.SanctioningOfficial), (line.Reference, line.Purpose, line.Role));
        Assert.Equal(RegistryAccessOutcome.Answered, line.Outcome);
    }

    [Fact]
    public async Task ByNumber_ThePersonWithTheRegistersAddressBecomesTheOffender()
    {
        var car = harness.Store(TestCases.Gent(offender: TestCases.Car()));

        var result = await Identify(new IdentifyOffenderCommand(car.Id, "88.02.29-999.90", false, null));

        Assert.True(result.IsSuccess);
        Assert.Equal(("Peeters", "nl"), (car.Offender.LastName, car.Offender.Language));
        Assert.Equal(FakeRegistries.Gent, car.Offender.Address);
        Assert.Equal("1ABC123", car.Offender.Plate);
        Assert.Equal((RegistryKind.NationalRegister, "88022999990", car.Id.ToString()), (harness.Line.Registry, harness.Line.Subject, harness.Line.Reference));
    }

    [Fact]
    public async Task ByAnInvalidNumber_IsRefusedOnTheField_AndLoggedAsRefused()
    {
        var car = harness.Store(TestCases.Gent(offender: TestCases.Car()));

        var result = await Identify(new IdentifyOffenderCommand(car.Id, "88022999991", false, null));

        Assert.Equal(("NRN_CHECKSUM", "nationalRegisterNumber"), (result.FirstError.Code, result.FirstError.Field));
        Assert.Equal(RegistryAccessOutcome.Refused, harness.Line.Outcome);
        Assert.Equal(0, harness.Registries.Questions);
        Assert.Equal(1, car.Version);
    }

    [Fact]
    public async Task ADeceasedPerson_IsNotMadeTheOffender()
    {
        var litter = harness.Store(TestCases.Gent());

        var result = await Identify(new IdentifyOffenderCommand(litter.Id, "41070803553", false, null));

        Assert.Equal(("OFFENDER_DECEASED", ErrorKind.BusinessRule), (result.FirstError.Code, result.FirstError.Kind));
        Assert.Equal("Peeters", litter.Offender.LastName);
        Assert.Equal(RegistryAccessOutcome.Answered, harness.Line.Outcome);
    }

    [Fact]
    public async Task NoHolder_IsABusinessOutcomeOnTheChoice_AndTheCaseStaysPending()
    {
        var car = harness.Store(TestCases.Gent(offender: Offender.Vehicle(LicencePlate.Create("1XYZ789", "BE").Value)));

        var result = await Identify(new IdentifyOffenderCommand(car.Id, null, true, null));

        Assert.Equal(("HOLDER_NOT_FOUND", ErrorKind.BusinessRule, "fromVehicleHolder"), (result.FirstError.Code, result.FirstError.Kind, result.FirstError.Field));
        Assert.True(car.AwaitsVehicleHolder);
        Assert.Equal(RegistryAccessOutcome.NotFound, harness.Line.Outcome);
    }

    [Fact]
    public async Task ARegistryFailure_ChangesNothing_AndIsLoggedAsFailed()
    {
        harness.Registries.Down = true;
        var car = harness.Store(TestCases.Gent(offender: TestCases.Car()));

        var result = await Identify(new IdentifyOffenderCommand(car.Id, null, true, null));

        Assert.Equal("REGISTRY_UNAVAILABLE", result.FirstError.Code);
        Assert.Equal((1, OffenderType.Vehicle), (car.Version, car.Offender.Type));
        Assert.Equal(RegistryAccessOutcome.Failed, harness.Line.Outcome);
    }

    [Fact]
    public async Task FromTheHolder_OfACaseWithoutABelgianPlate_AsksNothing()
    {
        var foreign = harness.Store(TestCases.Gent(offender: Offender.Vehicle(LicencePlate.Create("B-XY 1234", "DE").Value)));
        var person = harness.Store(TestCases.Gent());

        Assert.Equal("NO_BELGIAN_PLATE", (await Identify(new IdentifyOffenderCommand(foreign.Id, null, true, null))).FirstError.Code);
        Assert.Equal("NO_BELGIAN_PLATE", (await Identify(new IdentifyOffenderCommand(person.Id, null, true, null))).FirstError.Code);
        Assert.Empty(harness.Log.Lines);
    }

    [Fact]
    public async Task AfterTheDecision_NothingIsLookedUp()
    {
        var decided = harness.Store(TestCases.Gent().WithNotice());
        decided.Decide(new DecisionRequest(new DateOnly(2025, 3, 25), DecisionKind.NoSanction, null, null, "Eerste feit", null),
            (await harness.Procedure.ContextAsync(decided)).Assessment, harness.Procedure.Clock.GetUtcNow(), "official@demo.sac");
        Assert.Equal(CaseStatus.Decided, decided.Status);

        var result = await Identify(new IdentifyOffenderCommand(decided.Id, "88022999990", false, null));

        Assert.Equal("INVALID_STATE", result.FirstError.Code);
        Assert.Empty(harness.Log.Lines);
    }

    [Fact]
    public async Task ACaseOfAnotherMunicipality_IsForbidden_AndNothingIsLookedUp()
    {
        harness.User = FakeCurrentUser.Outsider();
        var gent = harness.Store(TestCases.Gent(offender: TestCases.Car()));

        var result = await Identify(new IdentifyOffenderCommand(gent.Id, null, true, null));

        Assert.Equal(ErrorKind.Forbidden, result.FirstError.Kind);
        Assert.Empty(harness.Log.Lines);
    }

    [Fact]
    public async Task AStaleVersion_IsAConflict_AndNothingIsLookedUp()
    {
        var car = harness.Store(TestCases.Gent(offender: TestCases.Car()));

        var result = await Identify(new IdentifyOffenderCommand(car.Id, null, true, ExpectedVersion: 7));

        Assert.Equal("STALE_VERSION", result.FirstError.Code);
        Assert.Empty(harness.Log.Lines);
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("88022999990", true)]
    public void TheValidator_WantsExactlyOneWayToIdentify(string? number, bool fromHolder)
    {
        var failures = Validation.Failures(new IdentifyOffenderValidator(), new IdentifyOffenderCommand(Guid.NewGuid(), number, fromHolder, null));

        Assert.Equal(["nationalRegisterNumber:IDENTIFICATION_SOURCE"], failures);
    }

    private async Task<Result> Identify(IdentifyOffenderCommand command) => await Handler.Handle(command, CancellationToken.None);
}
