using Sac.Domain.Assessment;
using Sac.Domain.Cases;
using Sac.Domain.Municipalities;
using Sac.Domain.Tests.TestData;
using static Sac.Domain.Tests.TestData.Build;
using static Sac.Domain.Tests.TestData.Scenario;

namespace Sac.Domain.Tests.Cases;

/// <summary>
/// Mixed infractions wait for the prosecutor (gas-law.md §0b "Prosecutor (mixed)", §2.2, §5 T3). The report is
/// received on Wednesday 2025-03-05, so the window's last day is 2025-05-05 (two months, never moved).
/// The light-mixed silence of the day after the window is in LightMixedSilenceTests.
/// </summary>
public sealed class CaseProsecutorTests
{
    [Theory]
    [InlineData(InfractionCategory.MixedLight)]
    [InlineData(InfractionCategory.MixedSerious)]
    public void ReportToProsecutor_MixedCase_WaitsTwoMonthsForTheAnswer(InfractionCategory category)
    {
        var scenario = Open(MixedInfraction(category));

        var result = scenario.Case.ReportToProsecutor(Date("2025-03-05"), Noon("2025-03-05"), Official);

        Assert.True(result.IsSuccess);
        var reported = scenario.Case;
        Assert.Equal(CaseStatus.ReportedToProsecutor, reported.Status);
        Assert.Equal(2, reported.Version);
        Assert.Equal([CaseEvent.FindingRecorded, CaseEvent.ReportedToProsecutor], reported.Timeline.Select(e => e.Type));
        Assert.Equal("2025-03-05", reported.Timeline[^1].Detail);
        Assert.Equal(new ProsecutorReport(Date("2025-03-05")), reported.ProsecutorReport);
        Assert.Equal(Date("2025-05-05"), reported.Deadlines.ProsecutorAnswer);
        Assert.Equal(Date("2025-05-06"), reported.NextDueOn); // the day after the window, before the time-bar warning of 2025-08-02
        Assert.True(reported.AwaitsProsecutor);
        Assert.Equal([AssessmentReason.AwaitingProsecutor], scenario.AssessOn("2025-03-05").Reasons);
    }

    [Fact]
    public void ReportToProsecutor_PureAdministrativeCase_IsRefusedAndChangesNothing()
    {
        var registered = Open().Case;
        var before = CaseSnapshot.Of(registered);

        var result = registered.ReportToProsecutor(Date("2025-03-05"), Noon("2025-03-05"), Official);

        Assert.Equal("INVALID_STATE", result.FirstError.Code);
        Assert.Equal(before, CaseSnapshot.Of(registered));
    }

    [Fact]
    public void ReportToProsecutor_Twice_IsRefusedAndChangesNothing()
    {
        var reported = Open(MixedInfraction(InfractionCategory.MixedLight)).ReportedToProsecutor("2025-03-05").Case;
        var before = CaseSnapshot.Of(reported);

        var result = reported.ReportToProsecutor(Date("2025-03-06"), Noon("2025-03-06"), Official);

        Assert.Equal("INVALID_STATE", result.FirstError.Code);
        Assert.Equal(before, CaseSnapshot.Of(reported));
    }

    [Fact]
    public void Open_LightMixedWaivedByProtocol_IsClearedAtOnce()
    {
        var scenario = Open(MixedInfraction(InfractionCategory.MixedLight, waivedByProtocol: true));
        var before = CaseSnapshot.Of(scenario.Case);

        Assert.True(scenario.Case.ProsecutorCleared);
        Assert.False(scenario.Case.AwaitsProsecutor);
        Assert.True(scenario.AssessOn("2025-03-01").Sanctionable);
        Assert.Equal("INVALID_STATE", scenario.Case.ReportToProsecutor(Date("2025-03-05"), Noon("2025-03-05"), Official).FirstError.Code);
        Assert.Equal(before, CaseSnapshot.Of(scenario.Case));

        scenario.Noticed("2025-03-03");

        Assert.Equal(CaseStatus.NoticeSent, scenario.Case.Status);
    }

    [Fact]
    public void SendNotice_MixedCaseAwaitingTheProsecutor_IsNotSanctionableAndChangesNothing()
    {
        var scenario = Open(MixedInfraction(InfractionCategory.MixedLight)).ReportedToProsecutor("2025-03-05");
        var before = CaseSnapshot.Of(scenario.Case);

        var result = scenario.Case.SendNotice(
            Date("2025-03-10"), NotificationChannel.RegisteredMail, scenario.AssessOn("2025-03-10").Reasons, Noon("2025-03-10"), Official);

        Assert.Equal("NOT_SANCTIONABLE", result.FirstError.Code);
        Assert.Contains(AssessmentReason.AwaitingProsecutor, result.FirstError.Message, StringComparison.Ordinal);
        Assert.Equal(before, CaseSnapshot.Of(scenario.Case));
    }

    [Theory]
    [InlineData(InfractionCategory.MixedLight)]
    [InlineData(InfractionCategory.MixedSerious)]
    public void RecordProsecutorAnswer_Prosecutes_ClosesAsProsecuted(InfractionCategory category)
    {
        var reported = Open(MixedInfraction(category)).ReportedToProsecutor("2025-03-05").Case;

        var result = reported.RecordProsecutorAnswer(ProsecutorAnswer.Prosecutes, Date("2025-04-01"), Noon("2025-04-02"), Official);

        Assert.True(result.IsSuccess);
        Assert.Equal(CaseStatus.Closed, reported.Status);
        Assert.Equal(CloseReason.Prosecuted, reported.CloseReason);
        Assert.Equal(3, reported.Version); // one step, one version, even with two timeline lines
        Assert.Equal([CaseEvent.FindingRecorded, CaseEvent.ReportedToProsecutor, CaseEvent.ProsecutorAnswered, CaseEvent.CaseClosed], reported.Timeline.Select(e => e.Type));
        Assert.Equal("Prosecutes 2025-04-01", reported.Timeline[2].Detail);
        Assert.Equal(new ProsecutorReport(Date("2025-03-05"), ProsecutorAnswer.Prosecutes, Date("2025-04-01")), reported.ProsecutorReport);
        Assert.Null(reported.NextDueOn);
    }

    [Theory]
    [InlineData(InfractionCategory.MixedLight)]
    [InlineData(InfractionCategory.MixedSerious)] // the agreement serious mixed infractions need
    public void RecordProsecutorAnswer_LeavesToOfficial_ClearsTheCaseForTheProcedure(InfractionCategory category)
    {
        var scenario = Open(MixedInfraction(category)).ReportedToProsecutor("2025-03-05");

        var result = scenario.Case.RecordProsecutorAnswer(ProsecutorAnswer.LeavesToOfficial, Date("2025-05-05"), Noon("2025-05-05"), Official);

        Assert.True(result.IsSuccess);
        var cleared = scenario.Case;
        Assert.Equal(CaseStatus.ReportedToProsecutor, cleared.Status);
        Assert.True(cleared.ProsecutorCleared);
        Assert.False(cleared.AwaitsProsecutor);
        Assert.Equal(3, cleared.Version);
        Assert.Equal(CaseEvent.ProsecutorAnswered, cleared.Timeline[^1].Type);
        Assert.Equal(3, cleared.Timeline.Count);
        Assert.Equal(Date("2025-08-02"), cleared.NextDueOn); // only the time-bar warning is left: 2025-09-01 minus 30 days
        Assert.True(scenario.AssessOn("2025-05-05").Sanctionable);

        scenario.Noticed("2025-05-06");
        Assert.Equal(CaseStatus.NoticeSent, cleared.Status);
    }

    [Fact]
    public void RecordProsecutorAnswer_SecondAnswer_IsRefusedAndChangesNothing()
    {
        var cleared = Open(MixedInfraction(InfractionCategory.MixedLight)).ReportedToProsecutor("2025-03-05")
            .ProsecutorAnswered(ProsecutorAnswer.LeavesToOfficial, "2025-03-20").Case;
        var before = CaseSnapshot.Of(cleared);

        var result = cleared.RecordProsecutorAnswer(ProsecutorAnswer.Prosecutes, Date("2025-03-21"), Noon("2025-03-21"), Official);

        Assert.Equal("INVALID_STATE", result.FirstError.Code);
        Assert.Equal(before, CaseSnapshot.Of(cleared));
    }

    [Fact]
    public void RecordProsecutorAnswer_CaseNotReported_IsRefused()
    {
        var registered = Open(MixedInfraction(InfractionCategory.MixedSerious)).Case;
        var before = CaseSnapshot.Of(registered);

        var result = registered.RecordProsecutorAnswer(ProsecutorAnswer.LeavesToOfficial, Date("2025-03-05"), Noon("2025-03-05"), Official);

        Assert.Equal("INVALID_STATE", result.FirstError.Code);
        Assert.Equal(before, CaseSnapshot.Of(registered));
    }

    [Theory]
    [InlineData("2025-03-04", "2025-03-10", "BEFORE_REPORT")] // before the prosecutor received the report
    [InlineData("2025-02-28", "2025-03-10", "BEFORE_FINDING")] // before the finding itself
    public void RecordProsecutorAnswer_ImpossibleDate_IsRefusedOnAnsweredOn(string answeredOn, string today, string code)
    {
        var reported = Open(MixedInfraction(InfractionCategory.MixedLight)).ReportedToProsecutor("2025-03-05").Case;
        var before = CaseSnapshot.Of(reported);

        var result = reported.RecordProsecutorAnswer(ProsecutorAnswer.Prosecutes, Date(answeredOn), Noon(today), Official);

        Assert.Equal((code, "answeredOn"), (result.FirstError.Code, result.FirstError.Field));
        Assert.Equal(before, CaseSnapshot.Of(reported));
    }

    [Theory]
    [InlineData(InfractionCategory.MixedLight)]
    [InlineData(InfractionCategory.MixedSerious)]
    public void ApplyDueDeadlines_OnTheWindowsLastDay_StillWaits(InfractionCategory category)
    {
        var scenario = Open(MixedInfraction(category)).ReportedToProsecutor("2025-03-05");
        var before = CaseSnapshot.Of(scenario.Case);

        Assert.False(scenario.Sweep("2025-05-05"));

        Assert.Equal(before, CaseSnapshot.Of(scenario.Case));
        Assert.True(scenario.Case.AwaitsProsecutor);
        Assert.Equal([AssessmentReason.AwaitingProsecutor], scenario.AssessOn("2025-05-05").Reasons);
    }

    [Fact]
    public void ApplyDueDeadlines_SeriousMixedDayAfterTheWindow_ClosesWithoutTheProsecutorsAgreement()
    {
        var scenario = Open(MixedInfraction(InfractionCategory.MixedSerious)).ReportedToProsecutor("2025-03-05");

        Assert.True(scenario.Sweep("2025-05-06"));

        var closed = scenario.Case;
        Assert.Equal(CaseStatus.Closed, closed.Status);
        Assert.Equal(CloseReason.NoProsecutorAgreement, closed.CloseReason);
        Assert.Equal(3, closed.Version);
        Assert.Equal([CaseEvent.FindingRecorded, CaseEvent.ReportedToProsecutor, CaseEvent.ProsecutorWindowEnded, CaseEvent.CaseClosed], closed.Timeline.Select(e => e.Type));
        Assert.Equal("2025-05-05", closed.Timeline[2].Detail);
        Assert.Equal(Job, closed.Timeline[^1].By);
        Assert.Null(closed.NextDueOn);

        var after = CaseSnapshot.Of(closed);
        Assert.False(scenario.Sweep("2025-05-06"));
        Assert.Equal(after, CaseSnapshot.Of(closed));
    }

    [Fact]
    public void ApplyDueDeadlines_SeriousMixedAnsweredInTime_DoesNotCloseAfterTheWindow()
    {
        var scenario = Open(MixedInfraction(InfractionCategory.MixedSerious)).ReportedToProsecutor("2025-03-05")
            .ProsecutorAnswered(ProsecutorAnswer.LeavesToOfficial, "2025-04-15");
        var before = CaseSnapshot.Of(scenario.Case);

        Assert.False(scenario.Sweep("2025-05-06"));

        Assert.Equal(before, CaseSnapshot.Of(scenario.Case));
        Assert.Equal(CaseStatus.ReportedToProsecutor, scenario.Case.Status);
    }
}
