using Sac.Application.Cases.Steps;
using Sac.Application.Tests.Fakes;
using Sac.Application.Tests.TestData;
using Sac.Domain.Cases;
using Sac.Domain.Common;
using Sac.Domain.Decisions;
using Sac.Domain.Register;

namespace Sac.Application.Tests.Steps;

public sealed class DecideHandlerTests
{
    private static readonly DateOnly April10 = new(2025, 4, 10);

    private readonly ProcedureHarness harness = new("2025-04-10T15:00:00+02:00");

    [Fact]
    public async Task Fine_AfterTheDefencePeriod_IsDecided()
    {
        var litter = harness.Store(TestCases.Gent().WithNotice());

        var result = await Handle(Fine(litter, 200m) with { ExpectedVersion = 2 });

        Assert.True(result.IsSuccess);
        Assert.Equal(CaseStatus.Decided, litter.Status);
        Assert.Equal(3, litter.Version);
        var decision = litter.Decision;
        Assert.NotNull(decision);
        Assert.Equal(April10, decision.DecidedOn);
        Assert.Equal(DecisionKind.Fine, decision.Kind);
        Assert.Equal(200m, decision.Amount);
        Assert.Equal("Redenen.", decision.Reasoning);
        Assert.Equal("official@demo.sac", decision.DecidedBy);
        var decided = litter.Timeline[^1];
        Assert.Equal(CaseEvent.Decided, decided.Type);
        Assert.Equal("Fine 200.00", decided.Detail);
        Assert.Empty(harness.Register.Entries);
        Assert.Empty(harness.Documents.Stored);
    }

    [Fact]
    public async Task Fine_AboveTheAdultCap_FINE_ABOVE_MAXIMUM_AndNothingChanges()
    {
        var litter = harness.Store(TestCases.Gent().WithNotice());
        var before = harness.Snapshot(litter);

        var result = await Handle(Fine(litter, 400m));

        var error = Assert.Single(result.Errors);
        Assert.Equal("FINE_ABOVE_MAXIMUM", error.Code);
        Assert.Equal("amount", error.Field);
        Assert.Equal(before, harness.Snapshot(litter));
        Assert.Null(litter.Decision);
    }

    [Fact]
    public async Task Fine_DuringTheDefencePeriod_DEFENCE_PERIOD_RUNNING()
    {
        var litter = harness.Store(TestCases.Gent().WithNotice());
        var before = harness.Snapshot(litter);

        var result = await Handle(Fine(litter, 200m) with { DecidedAt = new DateOnly(2025, 3, 28) });

        Assert.Equal("DEFENCE_PERIOD_RUNNING", Assert.Single(result.Errors).Code);
        Assert.Equal(before, harness.Snapshot(litter));
    }

    [Fact]
    public async Task Fine_WithoutNotice_INVALID_STATE()
    {
        var litter = harness.Store(TestCases.Gent());

        var result = await Handle(Fine(litter, 200m));

        Assert.Equal("INVALID_STATE", Assert.Single(result.Errors).Code);
        Assert.Equal(CaseStatus.Registered, litter.Status);
    }

    [Fact]
    public async Task NoSanction_NeedsNoNotice()
    {
        var litter = harness.Store(TestCases.Gent());

        var result = await Handle(new DecideCommand(litter.Id, April10, DecisionKind.NoSanction, null, null, "  Eerste keer.  ", null));

        Assert.True(result.IsSuccess);
        Assert.Equal("Eerste keer.", litter.Decision!.NoSanctionReason);
    }

    [Fact]
    public async Task Fine_ToARecidivist_AssessedFromTheRegister_UpTo500InGent()
    {
        ImportFinalFine("LITTER", "2024-06-01");
        var litter = harness.Store(TestCases.Gent().WithNotice());

        var result = await Handle(Fine(litter, 450m));

        Assert.True(result.IsSuccess);
        Assert.Equal(450m, litter.Decision!.Amount);
    }

    [Fact]
    public async Task Fine_ToARecidivist_Above500_FINE_ABOVE_MAXIMUM()
    {
        ImportFinalFine("LITTER", "2024-06-01");
        var litter = harness.Store(TestCases.Gent().WithNotice());

        var result = await Handle(Fine(litter, 500.01m));

        Assert.Equal("FINE_ABOVE_MAXIMUM", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task Decision_DatedBeforeTheLimit_IsAssessedOnItsDate_NotOnToday()
    {
        // Today (10 September) the case is time-barred (limit 1 September), but the decision is dated 10 April.
        var litter = harness.Store(TestCases.Gent().WithNotice());
        harness.SetNow("2025-09-10T12:00:00+02:00");

        var result = await Handle(Fine(litter, 200m));

        Assert.True(result.IsSuccess);
        Assert.Equal(CaseStatus.Decided, litter.Status);
    }

    [Fact]
    public async Task Decision_DatedOnTheLimit_IsAllowed_TheDayAfter_TIME_BARRED()
    {
        var onLimit = harness.Store(TestCases.Gent().WithNotice());
        var late = harness.Store(TestCases.Gent().WithNotice());

        var allowed = await Handle(Fine(onLimit, 200m) with { DecidedAt = new DateOnly(2025, 9, 1) });
        var refused = await Handle(Fine(late, 200m) with { DecidedAt = new DateOnly(2025, 9, 2) });

        Assert.True(allowed.IsSuccess);
        var error = Assert.Single(refused.Errors);
        Assert.Equal("TIME_BARRED", error.Code);
        Assert.Equal("decidedAt", error.Field);
        Assert.Equal(CaseStatus.NoticeSent, late.Status);
    }

    [Fact]
    public async Task Fine_OnAMinorWhoWasNotOfferedMediation_MEDIATION_NOT_OFFERED()
    {
        var minor = harness.Store(TestCases.Gent(offender: TestCases.MinorLotte()).WithNotice());

        var result = await Handle(Fine(minor, 100m));

        Assert.Equal("MEDIATION_NOT_OFFERED", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task Fine_OnAnotherMunicipalitysCase_Forbidden()
    {
        var litter = harness.Store(TestCases.Gent().WithNotice());

        var result = await Handle(Fine(litter, 200m), FakeCurrentUser.Outsider());

        Assert.Equal(ErrorKind.Forbidden, Assert.Single(result.Errors).Kind);
        Assert.Equal(CaseStatus.NoticeSent, litter.Status);
    }

    private static DecideCommand Fine(Case of, decimal amount) => new(of.Id, April10, DecisionKind.Fine, amount, null, null, "Redenen.");

    private void ImportFinalFine(string infractionCode, string decidedOn) =>
        harness.Register.Add(RegisterEntry.Import(
            DemoMunicipalities.GentNis, infractionCode, TestCases.Peeters(), TestClock.Date(decidedOn), SanctionKind.Fine, 150m, null, final: true,
            TestClock.Instant("2025-01-01T12:00:00+01:00"), "import").Value);

    private async Task<Result> Handle(DecideCommand command, FakeCurrentUser? user = null)
    {
        harness.User = user ?? FakeCurrentUser.Official();
        return await new DecideHandler(harness.Services).Handle(command, CancellationToken.None);
    }
}
