using Sac.Domain.Cases;
using Sac.Domain.Decisions;
using Sac.Domain.Municipalities;
using Sac.Domain.Tests.TestData;
using static Sac.Domain.Tests.TestData.Build;
using static Sac.Domain.Tests.TestData.Scenario;

namespace Sac.Domain.Tests.Cases;

/// <summary>
/// What the passing of time does (<see cref="Case.ApplyDueDeadlines"/>): warnings 30 and 7 days before the decision
/// limit, closure the day after it (gas-law.md §0b Decision limit), consecutive steps after a long gap, idempotency
/// and <see cref="Case.NextDueOn"/>. Facts 2025-03-01: the limit is Monday 2025-09-01; 30 days before is 2025-08-02,
/// 7 days before is 2025-08-25.
/// </summary>
public sealed class CaseDueDeadlinesTests
{
    [Fact]
    public void Open_Registered_IsDueOnTheFirstWarningDay() =>
        Assert.Equal(Date("2025-08-02"), Open().Case.NextDueOn);

    [Fact]
    public void ApplyDueDeadlines_ThirtyOneDaysBefore_ChangesNothing()
    {
        var scenario = Open();
        var before = CaseSnapshot.Of(scenario.Case);

        Assert.False(scenario.Sweep("2025-08-01"));

        Assert.Equal(before, CaseSnapshot.Of(scenario.Case));
    }

    [Fact]
    public void ApplyDueDeadlines_ThirtyDaysBefore_WarnsOnce()
    {
        var scenario = Open();

        Assert.True(scenario.Sweep("2025-08-02"));

        var warned = scenario.Case;
        Assert.Equal(CaseStatus.Registered, warned.Status);
        Assert.Equal(30, warned.TimeBarWarnedAtDays);
        Assert.Equal(2, warned.Version);
        Assert.Equal(new CaseEvent(Noon("2025-08-02"), CaseEvent.TimeBarWarning, Job, "2025-09-01 (30)"), warned.Timeline[^1]);
        Assert.Equal(Date("2025-08-25"), warned.NextDueOn);
    }

    [Fact]
    public void ApplyDueDeadlines_TwiceOnTheSameDay_ChangesNothingTheSecondTime()
    {
        var scenario = Open().Swept("2025-08-02");
        var before = CaseSnapshot.Of(scenario.Case);

        Assert.False(scenario.Sweep("2025-08-02"));

        Assert.Equal(before, CaseSnapshot.Of(scenario.Case));
    }

    [Fact]
    public void ApplyDueDeadlines_EightDaysBefore_AddsNoNewWarning()
    {
        var scenario = Open().Swept("2025-08-02");
        var before = CaseSnapshot.Of(scenario.Case);

        Assert.False(scenario.Sweep("2025-08-24"));

        Assert.Equal(before, CaseSnapshot.Of(scenario.Case));
    }

    [Fact]
    public void ApplyDueDeadlines_SevenDaysBefore_WarnsASecondTime()
    {
        var scenario = Open().Swept("2025-08-02");

        Assert.True(scenario.Sweep("2025-08-25"));

        var warned = scenario.Case;
        Assert.Equal(7, warned.TimeBarWarnedAtDays);
        Assert.Equal(3, warned.Version);
        Assert.Equal(2, warned.Timeline.Count(e => e.Type == CaseEvent.TimeBarWarning));
        Assert.Equal("2025-09-01 (7)", warned.Timeline[^1].Detail);
        Assert.Equal(Date("2025-09-02"), warned.NextDueOn); // only the closure is left
    }

    [Fact]
    public void ApplyDueDeadlines_FirstCheckFiveDaysBefore_GivesOnlyTheSevenDayWarning()
    {
        var scenario = Open();

        Assert.True(scenario.Sweep("2025-08-27"));

        var warned = scenario.Case;
        Assert.Equal(7, warned.TimeBarWarnedAtDays);
        Assert.Equal(2, warned.Version);
        Assert.Equal("2025-09-01 (5)", Assert.Single(warned.Timeline, e => e.Type == CaseEvent.TimeBarWarning).Detail);
    }

    [Fact]
    public void ApplyDueDeadlines_OnTheLimit_DoesNotClose()
    {
        var scenario = Open().Swept("2025-08-02").Swept("2025-08-25");
        var before = CaseSnapshot.Of(scenario.Case);

        Assert.False(scenario.Sweep("2025-09-01"));

        Assert.Equal(before, CaseSnapshot.Of(scenario.Case));
    }

    [Fact]
    public void ApplyDueDeadlines_DayAfterTheLimit_ClosesTimeBarred()
    {
        var scenario = Open().Swept("2025-08-02").Swept("2025-08-25");

        Assert.True(scenario.Sweep("2025-09-02"));

        var closed = scenario.Case;
        Assert.Equal((CaseStatus.Closed, CloseReason.TimeBarred), (closed.Status, closed.CloseReason));
        Assert.Equal(4, closed.Version);
        Assert.Equal(new CaseEvent(Noon("2025-09-02"), CaseEvent.CaseClosed, Job, "TimeBarred"), closed.Timeline[^1]);
        Assert.Null(closed.NextDueOn);

        var after = CaseSnapshot.Of(closed);
        Assert.False(scenario.Sweep("2025-09-02"));
        Assert.Equal(after, CaseSnapshot.Of(closed));
    }

    [Fact]
    public void ApplyDueDeadlines_FirstCheckAfterTheLimit_ClosesWithoutLateWarnings()
    {
        var scenario = Open();

        Assert.True(scenario.Sweep("2025-09-10"));

        Assert.Equal(CloseReason.TimeBarred, scenario.Case.CloseReason);
        Assert.Equal([CaseEvent.FindingRecorded, CaseEvent.CaseClosed], scenario.Case.Timeline.Select(e => e.Type));
        Assert.Equal(2, scenario.Case.Version);
    }

    [Fact]
    public void ApplyDueDeadlines_NoticeForgottenUntilAfterTheLimit_EndsTheDefenceAndClosesInOneCall()
    {
        var scenario = Open().Noticed();

        Assert.True(scenario.Sweep("2025-09-02"));

        var closed = scenario.Case;
        Assert.Equal(CloseReason.TimeBarred, closed.CloseReason);
        Assert.Equal([CaseEvent.DefencePeriodEnded, CaseEvent.CaseClosed], closed.Timeline.Skip(2).Select(e => e.Type));
        Assert.Equal(4, closed.Version);
    }

    [Fact]
    public void ApplyDueDeadlines_DecidedBeforeTheLimit_IsNotClosedAfterIt()
    {
        var scenario = Open().Noticed().Decided(DecisionKind.Fine, "2025-09-01", amount: 200m);
        var before = CaseSnapshot.Of(scenario.Case);

        Assert.False(scenario.Sweep("2025-09-10"));

        Assert.Equal(before, CaseSnapshot.Of(scenario.Case));
    }

    [Fact]
    public void ApplyDueDeadlines_MediationOffered_WarnsBeforeTheTwelveMonthLimit()
    {
        var scenario = Open().MediationOffered("2025-03-04"); // limit 2026-03-01; 30 days before is 2026-01-30

        Assert.False(scenario.Sweep("2025-08-02")); // no warning for the 6-month limit it no longer has
        Assert.False(scenario.Sweep("2026-01-29"));
        Assert.True(scenario.Sweep("2026-01-30"));
        Assert.Equal("2026-03-01 (30)", scenario.Case.Timeline[^1].Detail);

        Assert.True(scenario.Sweep("2026-02-22"));
        Assert.Equal("2026-03-01 (7)", scenario.Case.Timeline[^1].Detail);
        Assert.False(scenario.Sweep("2026-03-01"));
        Assert.True(scenario.Sweep("2026-03-02"));
        Assert.Equal(CloseReason.TimeBarred, scenario.Case.CloseReason);
    }

    [Fact]
    public void ApplyDueDeadlines_AppealWindowEndedLongAgo_AppliesConsecutiveStepsInOneCall()
    {
        var scenario = FineNotified(); // appeal until 2025-04-28

        Assert.True(scenario.Sweep("2025-06-15"));

        var reminded = scenario.Case;
        Assert.Equal(CaseStatus.PaymentReminded, reminded.Status);
        Assert.Equal(Date("2025-04-29"), reminded.EnforceableOn); // the day after the window, not the day of the sweep
        Assert.Equal(Date("2025-06-15"), reminded.RemindedOn);
        Assert.Equal(Date("2025-07-15"), reminded.Deadlines.Payment); // the reminder's 30 days from 06-15: Tue 07-15
        Assert.Null(reminded.OverdueSince); // the reminder's own term only starts now
        Assert.Equal(6, reminded.Version); // two steps, two versions
        Assert.Equal([CaseEvent.BecameEnforceable, CaseEvent.PaymentReminded], reminded.Timeline.TakeLast(2).Select(e => e.Type));
        Assert.Equal("2025-04-29", reminded.Timeline[^2].Detail);
        Assert.Equal(Date("2025-07-16"), reminded.NextDueOn);
        Assert.Single(reminded.TakeNewRegisterEntries());

        var after = CaseSnapshot.Of(reminded);
        Assert.False(scenario.Sweep("2025-06-15"));
        Assert.Equal(after, CaseSnapshot.Of(reminded));
        Assert.Empty(reminded.TakeNewRegisterEntries());
    }

    [Fact]
    public void NextDueOn_EachStatus_IsTheDayAfterTheRunningTerm()
    {
        var scenario = Open();
        Assert.Equal(Date("2025-08-02"), scenario.Case.NextDueOn); // Registered: the first time-bar warning

        scenario.Noticed();
        Assert.Equal(Date("2025-03-22"), scenario.Case.NextDueOn); // NoticeSent: the day after the defence

        scenario.Swept("2025-03-22");
        Assert.Equal(Date("2025-08-02"), scenario.Case.NextDueOn); // ReadyForDecision: the time bar again

        scenario.Decided(DecisionKind.Fine, "2025-03-24", amount: 200m);
        Assert.Null(scenario.Case.NextDueOn); // Decided: nothing runs until the notification

        scenario.Notified("2025-03-25");
        Assert.Equal(Date("2025-04-29"), scenario.Case.NextDueOn); // DecisionNotified: the day after the appeal window

        scenario.Swept("2025-04-29");
        Assert.Equal(Date("2025-05-31"), scenario.Case.NextDueOn); // Enforceable: the day after the payment term

        scenario.Swept("2025-05-31");
        Assert.Equal(Date("2025-07-01"), scenario.Case.NextDueOn); // PaymentReminded: the day after the reminder's term

        scenario.Swept("2025-07-01");
        Assert.Null(scenario.Case.NextDueOn); // overdue: waits for the official
    }

    [Fact]
    public void NextDueOn_NoticeSentCloseToTheLimit_IsTheEarlierOfDefenceAndWarning()
    {
        // Facts 2025-03-01, notice Mon 2025-07-28: deemed received Thu 07-31, defence until Fri 08-15 (holiday) -> Mon 08-18.
        var scenario = Open().Noticed("2025-07-28");

        Assert.Equal(Date("2025-08-18"), scenario.Case.Deadlines.Defence);
        Assert.Equal(Date("2025-08-02"), scenario.Case.NextDueOn); // the 30-day warning comes before the defence ends
    }

    [Fact]
    public void NextDueOn_ParkingAwaitingThirtyDayDefence_IsTheDayAfter()
    {
        var scenario = Open(TrafficInfraction(InfractionCategory.Parking1), facts: "2025-02-10").Noticed("2025-02-11");

        Assert.Equal(Date("2025-03-18"), scenario.Case.NextDueOn); // defence until Mon 03-17
    }
}
