using Sac.Application.Cases.Identify;
using Sac.Application.Registries;
using Sac.Application.Tests.Fakes;
using Sac.Application.Tests.TestData;
using Sac.Domain.Audit;
using Sac.Domain.Cases;
using Sac.Domain.Offenders;

namespace Sac.Application.Tests.Registries;

/// <summary>The background job's batch: holders found become offenders, no holder is said once, a failure leaves the rest pending.</summary>
public sealed class IdentifyPendingOffendersHandlerTests
{
    private readonly RegistryHarness harness = new();
    private readonly List<Case> stored = [];

    public IdentifyPendingOffendersHandlerTests()
    {
        harness.Registries.Holders.Add(FakeRegistries.PersonHolder("1ABC123", "2019-05-02", null, "95031720144", "Dupont"));
        harness.Registries.Holders.Add(FakeRegistries.CompanyHolder("1LGE730"));
    }

    [Fact]
    public async Task HoldersFound_BecomeTheOffenders_AsTheSystem()
    {
        var person = Car("1ABC123");
        var company = Car("1LGE730");

        var run = await Run();

        Assert.Equal(new PendingIdentificationRun(2, 2, 0, RegistryFailed: false), run);
        Assert.Equal((OffenderType.Person, "Dupont"), (person.Offender.Type, person.Offender.LastName));
        Assert.Equal((OffenderType.Company, "0831797467"), (company.Offender.Type, company.Offender.EnterpriseNumber));
        Assert.Equal("Sac", person.Timeline[^1].By);
        Assert.All(harness.Log.Lines, line =>
        {
            Assert.Equal(("Sac", RegistryCaller.SystemRole, RegistryPurpose.IdentifyOffender), (line.UserName, line.Role, line.Purpose));
            Assert.Equal(new DateOnly(2025, 3, 1), line.AtDate);
        });
        Assert.Equal(
            new[] { person.Id, company.Id }.Select(id => id.ToString()).Order(StringComparer.Ordinal),
            harness.Log.Lines.Select(l => l.Reference).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task NoHolder_IsSaidOnTheCase_WhichIsNotAskedAgain()
    {
        var unknown = Car("1XYZ789");

        var first = await Run();
        var second = await Run();

        Assert.Equal(new PendingIdentificationRun(1, 0, 1, false), first);
        Assert.Equal(new PendingIdentificationRun(0, 0, 0, false), second);
        Assert.Equal(CaseEvent.HolderNotFound, unknown.Timeline[^1].Type);
        Assert.Equal(OffenderType.Vehicle, unknown.Offender.Type);
        Assert.Equal(RegistryAccessOutcome.NotFound, Assert.Single(harness.Log.Lines).Outcome);
    }

    [Fact]
    public async Task ARegistryFailure_StopsTheBatch_AndLeavesEveryCasePending_ForTheNextRun()
    {
        var first = Car("1ABC123");
        var second = Car("1LGE730");
        harness.Registries.Down = true;

        var failed = await Run();

        Assert.Equal(new PendingIdentificationRun(1, 0, 0, RegistryFailed: true), failed);
        Assert.True(first.AwaitsVehicleHolder && second.AwaitsVehicleHolder);
        Assert.Equal((1, 1), (first.Version, second.Version));
        Assert.Equal(RegistryAccessOutcome.Failed, Assert.Single(harness.Log.Lines).Outcome);

        harness.Registries.Down = false;
        var retried = await Run();

        Assert.Equal(new PendingIdentificationRun(2, 2, 0, false), retried);
        Assert.False(first.AwaitsVehicleHolder || second.AwaitsVehicleHolder);
    }

    [Fact]
    public async Task IdentifiedForeignAndClosedCases_AreNotAsked()
    {
        stored.Add(harness.Store(TestCases.Gent()));
        stored.Add(harness.Store(TestCases.Gent(offender: Offender.Vehicle(LicencePlate.Create("B-XY 1234", "DE").Value))));
        var closed = Car("1ABC123");
        closed.Close(CloseReason.NotSanctionable, null, harness.Procedure.Clock.GetUtcNow(), "official");

        var run = await Run();

        Assert.Equal(new PendingIdentificationRun(0, 0, 0, false), run);
        Assert.Empty(harness.Log.Lines);
    }

    [Fact]
    public async Task ABatch_TakesAtMostItsSize_AndSaysThereMayBeMore()
    {
        Car("1ABC123");
        Car("1ABC123");
        Car("1ABC123");

        var run = await Run(batchSize: 2);

        Assert.Equal(2, run.Asked);
        Assert.True(run.MayHaveMore(2));
        Assert.False((await Run(batchSize: 2)).MayHaveMore(2));
    }

    private Case Car(string plate)
    {
        var car = harness.Store(TestCases.Gent(offender: Offender.Vehicle(LicencePlate.Create(plate, "BE").Value)));
        stored.Add(car);
        return car;
    }

    private async Task<PendingIdentificationRun> Run(int batchSize = IdentifyPendingOffendersCommand.DefaultBatchSize)
    {
        var handler = new IdentifyPendingOffendersHandler(new FakePendingIdentifications(stored), harness.Lookups, harness.Procedure.Clock);
        var result = await handler.Handle(new IdentifyPendingOffendersCommand(batchSize), CancellationToken.None);
        Assert.True(result.IsSuccess);
        return result.Value;
    }
}
