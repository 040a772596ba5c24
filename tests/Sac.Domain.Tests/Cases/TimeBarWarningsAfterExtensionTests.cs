using static Sac.Domain.Tests.TestData.Build;
using static Sac.Domain.Tests.TestData.Scenario;

namespace Sac.Domain.Tests.Cases;

/// <summary>
/// The time-bar warnings (the regime's 30 and 7 days) count down to the limit in force: when an alternative measure
/// moves the limit to 12 months, the warnings start again. Facts 2025-03-01: the 30-day warning for 2025-09-01 is given
/// on 2025-08-02; mediation offered on 2025-08-05 moves the limit to 2026-03-01, 30 days before which is 2026-01-30.
/// </summary>
public sealed class TimeBarWarningsAfterExtensionTests
{
    [Fact]
    public void ApplyDueDeadlines_LimitExtendedAfterAWarning_WarnsThirtyDaysBeforeTheNewLimit()
    {
        var scenario = Open().Swept("2025-08-02").MediationOffered("2025-08-05");

        Assert.Equal(Date("2026-01-30"), scenario.Case.NextDueOn);
        Assert.True(scenario.Sweep("2026-01-30"));
        Assert.Equal("2026-03-01 (30)", scenario.Case.Timeline[^1].Detail);
    }
}
