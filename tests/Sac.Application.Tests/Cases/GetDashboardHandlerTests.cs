using Sac.Application.Cases.Dashboard;
using Sac.Application.Cases.SearchCases;
using Sac.Application.Common;
using Sac.Application.Common.Ports;
using Sac.Application.Tests.Fakes;
using Sac.Application.Tests.TestData;
using Sac.Domain.Payments.BankStatements;

namespace Sac.Application.Tests.Cases;

public sealed class GetDashboardHandlerTests
{
    private readonly FakeCaseReadService reads = new();
    private readonly FakeBankStatementRepository statements = new();
    private readonly FakeMeasureFollowUpReads measures = new();

    [Fact]
    public async Task Handle_GivesEveryMunicipalityOfTheUserARowWithZeroForAnEmptyQueue()
    {
        reads.QueueCounts.Add(new QueueCount(DemoMunicipalities.GentNis, WorkQueue.ToNotify, 4));
        reads.QueueCounts.Add(new QueueCount(DemoMunicipalities.GentNis, WorkQueue.PaymentOverdue, 2));

        var rows = await DashboardAsync(FakeCurrentUser.Official());

        Assert.Equal([DemoMunicipalities.BrusselNis, DemoMunicipalities.GentNis, DemoMunicipalities.LiegeNis], rows.Select(r => r.Municipality));
        var gent = rows.Single(r => r.Municipality == DemoMunicipalities.GentNis);
        Assert.Equal(4, gent[WorkQueue.ToNotify]);
        Assert.Equal(2, gent[WorkQueue.PaymentOverdue]);
        Assert.Equal(0, gent[WorkQueue.TimeBarRisk]);
        Assert.All(rows.Where(r => r.Municipality != DemoMunicipalities.GentNis), r => Assert.Empty(r.Counts));
    }

    [Fact]
    public async Task Handle_CountsTheUnmatchedBankLinesOfEachMunicipality()
    {
        var statement = ImportedStatement.Record(DemoMunicipalities.GentNis, Statement(), TestClock.At("2025-03-09T08:00:00+00:00").GetUtcNow(), "official@demo.sac");
        statements.Add(StatementEntry.From(statement, Line("REF-1", 20m)));
        statements.Add(StatementEntry.From(statement, Line("REF-2", 30m)));
        statements.Add(StatementEntry.From(statement, Line("REF-3", -5m)));

        var rows = await DashboardAsync(FakeCurrentUser.Official());

        Assert.Equal(2, rows.Single(r => r.Municipality == DemoMunicipalities.GentNis).UnmatchedPayments);
        Assert.All(rows.Where(r => r.Municipality != DemoMunicipalities.GentNis), r => Assert.Equal(0, r.UnmatchedPayments));
    }

    [Fact]
    public async Task Handle_AsksOnlyForTheUsersMunicipalitiesOnTodayInBrussels()
    {
        reads.QueueCounts.Add(new QueueCount(DemoMunicipalities.GentNis, WorkQueue.ToNotify, 4));

        var rows = await DashboardAsync(FakeCurrentUser.Outsider());

        Assert.Equal(["11002"], rows.Select(r => r.Municipality));
        Assert.Empty(rows[0].Counts);
        Assert.Equal(["11002"], reads.QueuesAskedFor!.Value.Municipalities);
        Assert.Equal(new DateOnly(2025, 3, 10), reads.QueuesAskedFor!.Value.Today);
    }

    [Fact]
    public async Task Handle_CountsTheMeasuresEndingWithinTheWeekOfEachMunicipality()
    {
        measures.CollegeSanctionsEnding[DemoMunicipalities.GentNis] = 2;
        measures.PlaceBans[DemoMunicipalities.GentNis] = new PlaceBansInForce(InForce: 3, EndingSoon: 1);
        measures.PlaceBans[DemoMunicipalities.LiegeNis] = new PlaceBansInForce(InForce: 1, EndingSoon: 0);

        var rows = await DashboardAsync(FakeCurrentUser.Official());

        Assert.Equal(new MeasureCounts(CollegeSanctionsEndingSoon: 2, PlaceBansEndingSoon: 1, PlaceBansInForce: 3), rows.Single(r => r.Municipality == DemoMunicipalities.GentNis).Measures);
        Assert.Equal(new MeasureCounts(0, 0, 1), rows.Single(r => r.Municipality == DemoMunicipalities.LiegeNis).Measures);
        Assert.Equal(new MeasureCounts(0, 0, 0), rows.Single(r => r.Municipality == DemoMunicipalities.BrusselNis).Measures);
        Assert.Equal((new DateOnly(2025, 3, 10), new DateOnly(2025, 3, 17)), measures.AskedFor);
    }

    [Fact]
    public async Task Handle_CountsNoMeasuresForAUserWhoDoesNotReadThem()
    {
        measures.CollegeSanctionsEnding[DemoMunicipalities.GentNis] = 2;

        var rows = await DashboardAsync(new FakeCurrentUser("finder@demo.sac", [DemoMunicipalities.GentNis], Roles.Finder));

        Assert.Null(Assert.Single(rows).Measures);
        Assert.Null(measures.AskedFor);
    }

    private static BankStatementFile Statement() =>
        new(BankStatementFormat.Coda, new BankStatement("BE94091000415614", "EUR", "001", new DateOnly(2025, 3, 9), []), new string('0', 64));

    private static BankStatementLine Line(string reference, decimal amount) =>
        new("BE94091000415614", reference, new DateOnly(2025, 3, 9), null, amount, "EUR", "X", null, null, "x");

    private async Task<IReadOnlyList<MunicipalityQueues>> DashboardAsync(FakeCurrentUser user)
    {
        var result = await new GetDashboardHandler(user, reads, statements, measures, TestClock.At("2025-03-09T23:30:00+00:00")).Handle(new GetDashboardQuery(), CancellationToken.None);
        Assert.True(result.IsSuccess);
        return result.Value;
    }
}
