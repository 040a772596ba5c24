using System.Reflection;
using Sac.Domain.Cases;
using Sac.Domain.Municipalities;
using static Sac.Domain.Tests.TestData.Build;
using static Sac.Domain.Tests.TestData.Scenario;

namespace Sac.Domain.Tests.KnownIssues;

/// <summary>
/// KNOWN ISSUE (gas-law.md §0b "Prosecutor (mixed)": a light mixed case proceeds when the prosecutor has not announced
/// prosecution within 2 months). Case.Prosecutor.cs, ApplyProsecutorWindow (lines 70-79): its guard checks the status,
/// that the report has no answer and that the window ended, but not <see cref="Case.ProsecutorCleared"/>; clearing a
/// light case records no answer and keeps the status ReportedToProsecutor, so the rule applies again and again.
/// <see cref="Case.ApplyDueDeadlines"/> (Case.DueDates.cs line 22) repeats "while any rule changed something", so on the
/// day after the window it never returns and fills the timeline until the process runs out of memory.
/// These tests therefore call the private rule directly, once per "sweep", instead of ApplyDueDeadlines, which would hang
/// the test run. Report received on 2025-03-05: the window's last day is 2025-05-05.
/// </summary>
[Trait("Category", "KnownIssue")]
public sealed class LightMixedSilenceTests
{
    [Fact]
    public void ProsecutorWindow_LightMixedDayAfterTheWindow_ClearsTheCaseOnceAndThenIsDone()
    {
        var scenario = Open(MixedInfraction(InfractionCategory.MixedLight)).ReportedToProsecutor("2025-03-05");

        Assert.True(ApplyProsecutorWindow(scenario.Case, "2025-05-06"));
        Assert.True(scenario.Case.ProsecutorCleared);
        Assert.True(scenario.AssessOn("2025-05-06").Sanctionable);
        Assert.Equal(3, scenario.Case.Version);

        // Applying the rule a second time on the same day must change nothing (ApplyDueDeadlines loops until it does).
        Assert.False(ApplyProsecutorWindow(scenario.Case, "2025-05-06"));
        Assert.Single(scenario.Case.Timeline, e => e.Type == CaseEvent.ProsecutorWindowEnded);
        Assert.Equal(3, scenario.Case.Version);
    }

    [Fact]
    public void ProsecutorWindow_LightMixedClearedBySilence_IsNoLongerDueForTheWindow()
    {
        var scenario = Open(MixedInfraction(InfractionCategory.MixedLight)).ReportedToProsecutor("2025-03-05");

        ApplyProsecutorWindow(scenario.Case, "2025-05-06");

        // Only the time-bar warning is left: 30 days before 2025-09-01. Today NextDueOn stays 2025-05-06, so the daily
        // sweep picks the case up again every day (and loops, see above).
        Assert.Equal(Date("2025-08-02"), scenario.Case.NextDueOn);
    }

    /// <summary>The private rule ApplyDueDeadlines repeats; true when it changed the case.</summary>
    private static bool ApplyProsecutorWindow(Case c, string day)
    {
        var rule = typeof(Case).GetMethod("ApplyProsecutorWindow", BindingFlags.NonPublic | BindingFlags.Instance)
            ?? throw new InvalidOperationException("Case.ApplyProsecutorWindow was renamed: test the light-mixed silence through ApplyDueDeadlines instead.");
        return (bool)rule.Invoke(c, [Date(day), Noon(day), Job])!;
    }
}
