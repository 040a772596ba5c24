using Sac.Domain.Decisions;
using static Sac.Domain.Tests.TestData.Build;
using static Sac.Domain.Tests.TestData.Scenario;

namespace Sac.Domain.Tests.Cases;

/// <summary>
/// Steps are dated as the acts are (ADR 0007), so a decision dated after the defence period can be recorded before that
/// date. A defence that then arrives within the period is still registered: nothing the offender sends in time is lost.
/// Notice posted Monday 2025-03-03, deemed received Thursday 03-06, defence until Friday 03-21.
/// </summary>
public sealed class DefenceAfterAnEarlyDecisionTests
{
    [Fact]
    public void RegisterDefence_OnTheLastDayAfterAnEarlyRecordedDecision_IsStillPossible()
    {
        var scenario = Open().Noticed();
        scenario.Decide(DecisionKind.Fine, "2025-03-24", amount: 200m, recordedOn: "2025-03-20");

        var defence = scenario.Case.RegisterDefence(Date("2025-03-21"), "Ik betwist de feiten.", Noon("2025-03-21"), Official);

        Assert.True(defence.IsSuccess, Codes(defence));
        Assert.EndsWith("(after the decision)", scenario.Case.Timeline[^1].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void RegisterDefence_AfterTheDefencePeriodOnADecidedCase_IsRefused()
    {
        var scenario = Open().Noticed();
        scenario.Decide(DecisionKind.Fine, "2025-03-24", amount: 200m, recordedOn: "2025-03-20");

        var defence = scenario.Case.RegisterDefence(Date("2025-03-22"), "Te laat.", Noon("2025-03-22"), Official);

        Assert.Equal("INVALID_STATE", defence.FirstError.Code);
    }
}
