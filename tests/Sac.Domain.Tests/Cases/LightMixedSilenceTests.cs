using Sac.Domain.Cases;
using Sac.Domain.Municipalities;
using static Sac.Domain.Tests.TestData.Build;
using static Sac.Domain.Tests.TestData.Scenario;

namespace Sac.Domain.Tests.Cases;

/// <summary>
/// gas-law.md §0b "Prosecutor (mixed)": a light mixed case proceeds when the prosecutor has not announced prosecution
/// within 2 months, once (applying the deadlines again the same day changes nothing). Report received on 2025-03-05:
/// the window's last day is 2025-05-05.
/// </summary>
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

        // Applying the deadlines a second time on the same day changes nothing.
        Assert.False(ApplyProsecutorWindow(scenario.Case, "2025-05-06"));
        Assert.Single(scenario.Case.Timeline, e => e.Type == CaseEvent.ProsecutorWindowEnded);
        Assert.Equal(3, scenario.Case.Version);
    }

    [Fact]
    public void ProsecutorWindow_LightMixedClearedBySilence_IsNoLongerDueForTheWindow()
    {
        var scenario = Open(MixedInfraction(InfractionCategory.MixedLight)).ReportedToProsecutor("2025-03-05");

        ApplyProsecutorWindow(scenario.Case, "2025-05-06");

        // Only the time-bar warning is left: 30 days before 2025-09-01.
        Assert.Equal(Date("2025-08-02"), scenario.Case.NextDueOn);
    }

    private static bool ApplyProsecutorWindow(Case c, string day) => c.ApplyDueDeadlines(paymentTermDays: 30, Noon(day), Job);
}
