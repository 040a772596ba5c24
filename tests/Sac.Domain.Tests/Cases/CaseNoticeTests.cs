using Sac.Domain.Assessment;
using Sac.Domain.Cases;
using Sac.Domain.Decisions;
using Sac.Domain.Municipalities;
using Sac.Domain.Tests.TestData;
using static Sac.Domain.Tests.TestData.Build;
using static Sac.Domain.Tests.TestData.Scenario;

namespace Sac.Domain.Tests.Cases;

/// <summary>
/// Notice of proceedings, written defence and oral hearing (gas-law.md §0b Notice, Oral hearing; §5 T5–T9).
/// The notice is posted on Monday 2025-03-03: deemed received Thursday 03-06, defence until Friday 03-21.
/// </summary>
public sealed class CaseNoticeTests
{
    [Fact]
    public void SendNotice_RegisteredMail_StartsTheDefencePeriod()
    {
        var scenario = Open();

        var result = scenario.Case.SendNotice(Date("2025-03-03"), NotificationChannel.RegisteredMail, [], Noon("2025-03-03"), Official);

        Assert.True(result.IsSuccess);
        var noticed = scenario.Case;
        Assert.Equal(CaseStatus.NoticeSent, noticed.Status);
        Assert.Equal(Date("2025-03-03"), noticed.NoticeSentOn);
        Assert.Equal(NotificationChannel.RegisteredMail, noticed.NoticeChannel);
        Assert.Equal(Date("2025-03-21"), noticed.Deadlines.Defence);
        Assert.Equal(Date("2025-03-22"), noticed.NextDueOn);
        Assert.Equal(2, noticed.Version);
        Assert.Equal(new CaseEvent(Noon("2025-03-03"), CaseEvent.NoticeSent, Official, "RegisteredMail 2025-03-03"), noticed.Timeline[^1]);
        Assert.Equal(2, noticed.Timeline.Count);
    }

    [Fact]
    public void SendNotice_ParkingCase_HasThirtyDaysToDefend()
    {
        // Facts Mon 2025-02-10; posted Tue 02-11, deemed received Fri 02-14, + 30 = Sun 03-16, moved to Mon 03-17.
        var scenario = Open(TrafficInfraction(InfractionCategory.Parking2), facts: "2025-02-10").Noticed("2025-02-11");

        Assert.Equal(Date("2025-03-17"), scenario.Case.Deadlines.Defence);
    }

    [Fact]
    public void SendNotice_OrdinaryMail_IsRefusedAndChangesNothing()
    {
        var registered = Open().Case;
        var before = CaseSnapshot.Of(registered);

        var result = registered.SendNotice(Date("2025-03-03"), NotificationChannel.OrdinaryMail, [], Noon("2025-03-03"), Official);

        Assert.Equal(("REGISTERED_MAIL_REQUIRED", "channel"), (result.FirstError.Code, result.FirstError.Field));
        Assert.Equal(before, CaseSnapshot.Of(registered));
    }

    [Fact]
    public void SendNotice_Twice_IsRefusedAndChangesNothing()
    {
        var noticed = Open().Noticed().Case;
        var before = CaseSnapshot.Of(noticed);

        var result = noticed.SendNotice(Date("2025-03-04"), NotificationChannel.RegisteredMail, [], Noon("2025-03-04"), Official);

        Assert.Equal("INVALID_STATE", result.FirstError.Code);
        Assert.Equal(before, CaseSnapshot.Of(noticed));
    }

    [Fact]
    public void SendNotice_ClosedCase_IsRefused()
    {
        var closed = Open().Case;
        closed.Close(CloseReason.NoSanction, null, Noon("2025-03-02"), Official);
        var before = CaseSnapshot.Of(closed);

        var result = closed.SendNotice(Date("2025-03-03"), NotificationChannel.RegisteredMail, [], Noon("2025-03-03"), Official);

        Assert.Equal("INVALID_STATE", result.FirstError.Code);
        Assert.Equal(before, CaseSnapshot.Of(closed));
    }

    [Fact]
    public void SendNotice_VehicleWithoutHolder_IsNotSanctionable()
    {
        var scenario = Open(offender: Vehicle());
        var before = CaseSnapshot.Of(scenario.Case);

        var result = scenario.Case.SendNotice(
            Date("2025-03-03"), NotificationChannel.RegisteredMail, scenario.AssessOn("2025-03-03").Reasons, Noon("2025-03-03"), Official);

        Assert.Equal("NOT_SANCTIONABLE", result.FirstError.Code);
        Assert.Contains(AssessmentReason.OffenderUnidentified, result.FirstError.Message, StringComparison.Ordinal);
        Assert.Equal(before, CaseSnapshot.Of(scenario.Case));
    }

    [Theory]
    [InlineData("2025-03-20", "2025-03-20")]
    [InlineData("2025-03-21", "2025-03-21")] // the last day is still in time
    [InlineData("2025-03-22", "2025-03-22 (late)")]
    public void RegisterDefence_AroundTheLastDay_IsKeptAndMarkedLateAfterIt(string receivedOn, string detail)
    {
        var noticed = Open().Noticed().Case;

        var result = noticed.RegisterDefence(Date(receivedOn), "  Ik wist niet dat het verboden was.  ", Noon("2025-03-24"), Official);

        Assert.True(result.IsSuccess);
        Assert.Equal(CaseStatus.NoticeSent, noticed.Status);
        Assert.Equal(3, noticed.Version);
        Assert.Equal((CaseEvent.DefenceReceived, detail), (noticed.Timeline[^1].Type, noticed.Timeline[^1].Detail));
        Assert.Equal(new WrittenDefence(Date(receivedOn), "Ik wist niet dat het verboden was.", Official), Assert.Single(noticed.Defences));
    }

    [Fact]
    public void RegisterDefence_WithoutNotice_IsRefused()
    {
        var registered = Open().Case;
        var before = CaseSnapshot.Of(registered);

        var result = registered.RegisterDefence(Date("2025-03-05"), "verweer", Noon("2025-03-05"), Official);

        Assert.Equal("INVALID_STATE", result.FirstError.Code);
        Assert.Equal(before, CaseSnapshot.Of(registered));
    }

    [Fact]
    public void RegisterDefence_BeforeTheNoticeWasPosted_IsRefused()
    {
        var noticed = Open().Noticed("2025-03-03").Case;
        var before = CaseSnapshot.Of(noticed);

        var result = noticed.RegisterDefence(Date("2025-03-02"), "verweer", Noon("2025-03-05"), Official);

        Assert.Equal(("BEFORE_NOTICE", "receivedOn"), (result.FirstError.Code, result.FirstError.Field));
        Assert.Equal(before, CaseSnapshot.Of(noticed));
    }

    [Fact]
    public void RegisterDefence_AfterTheDecision_IsRefused()
    {
        var decided = Open().Noticed().Decided(DecisionKind.Fine, "2025-03-24", amount: 200m).Case;
        var before = CaseSnapshot.Of(decided);

        var result = decided.RegisterDefence(Date("2025-03-24"), "verweer", Noon("2025-03-24"), Official);

        Assert.Equal("INVALID_STATE", result.FirstError.Code);
        Assert.Equal(before, CaseSnapshot.Of(decided));
    }

    [Fact]
    public void ScheduleHearing_AfterTheNotice_PlansItAndMayMoveIt()
    {
        var scenario = Open().Noticed();

        var planned = scenario.Case.ScheduleHearing(Instant("2025-03-26T09:00:00+01:00"), " Stadhuis ", true, Noon("2025-03-10"), Official);
        var moved = scenario.Case.ScheduleHearing(Instant("2025-03-28T14:00:00+01:00"), "Stadhuis", true, Noon("2025-03-11"), Official);

        Assert.True(planned.IsSuccess);
        Assert.True(moved.IsSuccess);
        var hearing = scenario.Case;
        Assert.Equal(CaseStatus.HearingScheduled, hearing.Status);
        Assert.Equal(new Hearing(Instant("2025-03-28T14:00:00+01:00"), "Stadhuis"), hearing.Hearing);
        Assert.Equal(4, hearing.Version);
        Assert.Equal([CaseEvent.HearingScheduled, CaseEvent.HearingScheduled], hearing.Timeline.TakeLast(2).Select(e => e.Type));
    }

    [Fact]
    public void ScheduleHearing_FineOfSeventyAtMost_IsNoRightAndChangesNothing()
    {
        // S27: a regulation maximum of 70 means no intended fine above 70.
        var scenario = Open(Infraction("SPIT", minimum: 25m, maximum: 70m, defaultAmount: 50m)).Noticed();
        var before = CaseSnapshot.Of(scenario.Case);

        var result = scenario.Case.ScheduleHearing(
            Instant("2025-03-26T09:00:00+01:00"), "Stadhuis", scenario.AssessOn("2025-03-10").OralHearingMayBeRequested, Noon("2025-03-10"), Official);

        Assert.Equal("NO_RIGHT_TO_HEARING", result.FirstError.Code);
        Assert.Equal(before, CaseSnapshot.Of(scenario.Case));
    }

    [Fact]
    public void ScheduleHearing_MinorForSmallFine_MayAlwaysBeHeard()
    {
        var scenario = Open(Infraction("SPIT", minimum: 25m, maximum: 70m, defaultAmount: 50m), Minor())
            .MediationOffered("2025-03-03").MediationEnded(MediationOutcome.Failed, "2025-03-05").Noticed("2025-03-10");

        scenario.HearingScheduled("2025-03-12", "2025-03-26T09:00:00+01:00");

        Assert.Equal(CaseStatus.HearingScheduled, scenario.Case.Status);
    }

    [Fact]
    public void ScheduleHearing_WithoutNotice_IsRefused()
    {
        var registered = Open().Case;
        var before = CaseSnapshot.Of(registered);

        var result = registered.ScheduleHearing(Instant("2025-03-26T09:00:00+01:00"), "Stadhuis", true, Noon("2025-03-10"), Official);

        Assert.Equal("INVALID_STATE", result.FirstError.Code);
        Assert.Equal(before, CaseSnapshot.Of(registered));
    }

    [Fact]
    public void RecordHearing_Held_MakesTheCaseReadyForDecisionAndCannotBeRescheduled()
    {
        var scenario = Open().Noticed().HearingScheduled("2025-03-10", "2025-03-26T09:00:00+01:00");

        var result = scenario.Case.RecordHearing(Date("2025-03-26"), attended: false, null, Noon("2025-03-26"), Official);

        Assert.True(result.IsSuccess);
        var heard = scenario.Case;
        Assert.Equal(CaseStatus.ReadyForDecision, heard.Status);
        Assert.True(heard.Hearing!.IsHeld);
        Assert.Equal(4, heard.Version);
        Assert.Equal((CaseEvent.HearingHeld, "2025-03-26 (absent)"), (heard.Timeline[^1].Type, heard.Timeline[^1].Detail));

        var before = CaseSnapshot.Of(heard);
        var again = heard.ScheduleHearing(Instant("2025-04-02T09:00:00+02:00"), "Stadhuis", true, Noon("2025-03-27"), Official);
        Assert.Equal("INVALID_STATE", again.FirstError.Code);
        Assert.Equal(before, CaseSnapshot.Of(heard));
    }

    [Fact]
    public void RecordHearing_NothingScheduled_IsRefused()
    {
        var noticed = Open().Noticed().Case;
        var before = CaseSnapshot.Of(noticed);

        var result = noticed.RecordHearing(Date("2025-03-26"), true, "notulen", Noon("2025-03-26"), Official);

        Assert.Equal("INVALID_STATE", result.FirstError.Code);
        Assert.Equal(before, CaseSnapshot.Of(noticed));
    }

    [Fact]
    public void ApplyDueDeadlines_DefencePeriod_EndsTheDayAfterItsLastDay()
    {
        var scenario = Open().Noticed();
        var before = CaseSnapshot.Of(scenario.Case);

        Assert.False(scenario.Sweep("2025-03-21"));
        Assert.Equal(before, CaseSnapshot.Of(scenario.Case));

        Assert.True(scenario.Sweep("2025-03-22"));
        var ready = scenario.Case;
        Assert.Equal(CaseStatus.ReadyForDecision, ready.Status);
        Assert.Equal(3, ready.Version);
        Assert.Equal(new CaseEvent(Noon("2025-03-22"), CaseEvent.DefencePeriodEnded, Job, "2025-03-21"), ready.Timeline[^1]);
        Assert.Equal(Date("2025-08-02"), ready.NextDueOn);
    }
}
