using Sac.Application.Cases.Steps;
using Sac.Application.Tests.TestData;
using Sac.Domain.Cases;
using Sac.Domain.Common;

namespace Sac.Application.Tests.Steps;

public sealed class ProsecutorHandlerTests
{
    private static readonly DateOnly March10 = new(2025, 3, 10);

    private readonly ProcedureHarness harness = new("2025-04-01T12:00:00+02:00");

    [Fact]
    public async Task Report_MixedInfraction_WaitsTwoMonthsForTheProsecutor()
    {
        var graffiti = harness.Store(TestCases.Gent("GRAFFITI"));

        var result = await Report(new ReportToProsecutorCommand(graffiti.Id, March10, 1));

        Assert.True(result.IsSuccess);
        Assert.Equal(CaseStatus.ReportedToProsecutor, graffiti.Status);
        Assert.Equal(new ProsecutorReport(March10), graffiti.ProsecutorReport);
        Assert.Equal(new DateOnly(2025, 5, 10), graffiti.Deadlines.ProsecutorAnswer);
    }

    [Fact]
    public async Task Report_PureAdministrativeInfraction_INVALID_STATE_AndNothingChanges()
    {
        var litter = harness.Store(TestCases.Gent());
        var before = harness.Snapshot(litter);

        var result = await Report(new ReportToProsecutorCommand(litter.Id, March10));

        Assert.Equal("INVALID_STATE", Assert.Single(result.Errors).Code);
        Assert.Equal(before, harness.Snapshot(litter));
        Assert.Null(litter.ProsecutorReport);
    }

    [Fact]
    public async Task Answer_LeavesToOfficial_ClearsTheCaseForASanction()
    {
        var graffiti = harness.Store(TestCases.Gent("GRAFFITI").WithReportToProsecutor());

        var result = await Answer(new RecordProsecutorAnswerCommand(graffiti.Id, ProsecutorAnswer.LeavesToOfficial, new DateOnly(2025, 3, 31)));

        Assert.True(result.IsSuccess);
        Assert.True(graffiti.ProsecutorCleared);
        Assert.Equal(CaseStatus.ReportedToProsecutor, graffiti.Status);
        Assert.Equal(3, graffiti.Version);
        Assert.Equal(ProsecutorAnswer.LeavesToOfficial, graffiti.ProsecutorReport!.Answer);
    }

    [Fact]
    public async Task Answer_Prosecutes_ClosesTheCase()
    {
        var graffiti = harness.Store(TestCases.Gent("GRAFFITI").WithReportToProsecutor());

        var result = await Answer(new RecordProsecutorAnswerCommand(graffiti.Id, ProsecutorAnswer.Prosecutes, new DateOnly(2025, 3, 31)));

        Assert.True(result.IsSuccess);
        Assert.Equal(CaseStatus.Closed, graffiti.Status);
        Assert.Equal(CloseReason.Prosecuted, graffiti.CloseReason);
    }

    [Fact]
    public async Task Answer_DatedBeforeTheReportWasReceived_IsRefusedOn_answeredOn_AndNothingChanges()
    {
        var graffiti = harness.Store(TestCases.Gent("GRAFFITI").WithReportToProsecutor());
        var before = harness.Snapshot(graffiti);

        var result = await Answer(new RecordProsecutorAnswerCommand(graffiti.Id, ProsecutorAnswer.Prosecutes, new DateOnly(2025, 3, 9)));

        Assert.Equal("answeredOn", Assert.Single(result.Errors).Field);
        Assert.Equal(before, harness.Snapshot(graffiti));
        Assert.Null(graffiti.ProsecutorReport!.Answer);
    }

    private async Task<Result> Report(ReportToProsecutorCommand command) =>
        await new ReportToProsecutorHandler(harness.Services).Handle(command, CancellationToken.None);

    private async Task<Result> Answer(RecordProsecutorAnswerCommand command) =>
        await new RecordProsecutorAnswerHandler(harness.Services).Handle(command, CancellationToken.None);
}
