using Sac.Domain.Decisions;
using static Sac.Domain.Tests.TestData.Build;
using static Sac.Domain.Tests.TestData.Scenario;

namespace Sac.Domain.Tests.KnownIssues;

/// <summary>
/// KNOWN ISSUE (gas-law.md §0b Notice: "defence period 15 days from deemed receipt"; §5 T7), a side effect of ADR 0007
/// (steps dated as the acts are, not checked against today; commit 363f940): DecisionRules.cs line 60 compares the defence's last
/// day with the decision's own date only. On 2025-03-20, while the defence runs until Friday 2025-03-21, an official
/// can record a fine dated 2025-03-24: the case is Decided at once, and a defence that arrives in time on 2025-03-21 can
/// no longer be registered (RegisterDefence refuses after the decision, Case.Notice.cs line 61). Possible fixes: refuse a
/// sanction while the defence period runs on the day it is recorded as well, or keep accepting in-time defences after
/// a decision recorded early. Notice posted Monday 2025-03-03, deemed received Thursday 03-06.
/// </summary>
[Trait("Category", "KnownIssue")]
public sealed class DecisionBeforeTheDefenceEndsTests
{
    [Fact]
    public void Decide_RecordedWhileTheDefenceRuns_IsRefusedEvenWhenDatedAfterIt()
    {
        var scenario = Open().Noticed();

        var result = scenario.Decide(DecisionKind.Fine, "2025-03-24", amount: 200m, recordedOn: "2025-03-20");

        Assert.True(result.IsFailure, "A fine was recorded on 2025-03-20 while the defence period ran until 2025-03-21."); // today: accepted
        Assert.Equal("DEFENCE_PERIOD_RUNNING", result.FirstError.Code);
    }

    [Fact]
    public void RegisterDefence_OnTheLastDayAfterAnEarlyRecordedDecision_IsStillPossible()
    {
        var scenario = Open().Noticed();
        scenario.Decide(DecisionKind.Fine, "2025-03-24", amount: 200m, recordedOn: "2025-03-20");

        var defence = scenario.Case.RegisterDefence(Date("2025-03-21"), "Ik betwist de feiten.", Noon("2025-03-21"), Official);

        Assert.True(defence.IsSuccess, Codes(defence)); // today: INVALID_STATE, the case is already Decided
    }
}
