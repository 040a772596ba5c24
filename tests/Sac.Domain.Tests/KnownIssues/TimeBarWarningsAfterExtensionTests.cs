using static Sac.Domain.Tests.TestData.Build;
using static Sac.Domain.Tests.TestData.Scenario;

namespace Sac.Domain.Tests.KnownIssues;

/// <summary>
/// KNOWN ISSUE, product rather than gas-law.md §0b (the warnings are the regime's TimeBarWarningDays, 30 and 7): the
/// warnings already given for the 6-month limit are not forgotten when an alternative measure moves the limit to 12
/// months. Case.Alternatives.cs, Extend (lines 125-134), changes Deadlines.Decision but keeps TimeBarWarnedAtDays, so
/// ApplyTimeBar (Case.DueDates.cs lines 64-81) and TimeBarDue skip the 30-day warning before the new limit (and both
/// warnings when the 7-day one was given). Facts 2025-03-01: the 30-day warning for 2025-09-01 is given on 2025-08-02;
/// mediation offered on 2025-08-05 moves the limit to 2026-03-01, 30 days before which is 2026-01-30.
/// </summary>
[Trait("Category", "KnownIssue")]
public sealed class TimeBarWarningsAfterExtensionTests
{
    [Fact]
    public void ApplyDueDeadlines_LimitExtendedAfterAWarning_WarnsThirtyDaysBeforeTheNewLimit()
    {
        var scenario = Open().Swept("2025-08-02").MediationOffered("2025-08-05");

        Assert.Equal(Date("2026-01-30"), scenario.Case.NextDueOn); // today: 2026-02-22, the 7-day warning
        Assert.True(scenario.Sweep("2026-01-30"));
        Assert.Equal("2026-03-01 (30)", scenario.Case.Timeline[^1].Detail);
    }
}
