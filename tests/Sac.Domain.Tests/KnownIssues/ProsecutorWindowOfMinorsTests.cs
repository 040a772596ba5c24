using Sac.Domain.Cases;
using Sac.Domain.Municipalities;
using static Sac.Domain.Tests.TestData.Build;
using static Sac.Domain.Tests.TestData.Scenario;

namespace Sac.Domain.Tests.KnownIssues;

/// <summary>
/// KNOWN ISSUE (gas-law.md §0b "Prosecutor (mixed)" together with §0b "Minors": parents informed before any sanction).
/// A minor's mixed case (the regulation allows minors for the infraction; §2.2 leaves that to a flag) needs both the
/// prosecutor's window and the parents' letter. The prosecutor steps only work while the status is ReportedToProsecutor
/// (Case.Prosecutor.cs lines 41 and 70), but CaseTransitions.cs line 13 lets the parents' letter move the case on to
/// ParentsInformed, and line 14 does not let a ParentsInformed case be reported. Once the parents are informed the
/// prosecutor's answer cannot be recorded and his silence never clears the case: it stays AWAITING_PROSECUTOR until it
/// is time-barred. (NextDueDate, Case.DueDates.cs line 43, also only looks at the window in status ReportedToProsecutor.)
/// The minor is 15 at the facts of 2025-03-01; the report is received on 2025-03-05, window until 2025-05-05.
/// </summary>
[Trait("Category", "KnownIssue")]
public sealed class ProsecutorWindowOfMinorsTests
{
    [Fact]
    public void RecordProsecutorAnswer_AfterTheParentsLetter_IsRecorded()
    {
        var scenario = ReportedThenParentsInformed();

        var result = scenario.Case.RecordProsecutorAnswer(ProsecutorAnswer.LeavesToOfficial, Date("2025-03-20"), Noon("2025-03-20"), Official);

        Assert.True(result.IsSuccess, Codes(result)); // today: INVALID_STATE
        Assert.True(scenario.Case.ProsecutorCleared);
    }

    [Fact]
    public void ApplyDueDeadlines_LightMixedSilenceAfterTheParentsLetter_ClearsTheCase()
    {
        var scenario = ReportedThenParentsInformed();

        scenario.Sweep("2025-05-06");

        Assert.True(scenario.Case.ProsecutorCleared); // today: still awaiting the prosecutor
        Assert.True(scenario.AssessOn("2025-05-06").Sanctionable);
    }

    [Fact]
    public void NextDueOn_ParentsInformedDuringTheWindow_IsTheDayAfterTheWindow() =>
        Assert.Equal(Date("2025-05-06"), ReportedThenParentsInformed().Case.NextDueOn); // today: 2025-08-02, the time-bar warning

    [Fact]
    public void ReportToProsecutor_AfterTheParentsLetter_IsRecorded()
    {
        var scenario = Open(MixedInfraction(InfractionCategory.MixedLight, minorsAllowed: true), Minor()).ParentsInformed("2025-03-04");

        var result = scenario.Case.ReportToProsecutor(Date("2025-03-05"), Noon("2025-03-05"), Official);

        Assert.True(result.IsSuccess, Codes(result)); // today: INVALID_STATE, so the case can never be cleared
        Assert.Equal(Date("2025-05-05"), scenario.Case.Deadlines.ProsecutorAnswer);
    }

    private static TestData.Scenario ReportedThenParentsInformed()
    {
        var scenario = Open(MixedInfraction(InfractionCategory.MixedLight, minorsAllowed: true), Minor())
            .ReportedToProsecutor("2025-03-05")
            .ParentsInformed("2025-03-06");
        Assert.Equal(CaseStatus.ParentsInformed, scenario.Case.Status);
        Assert.True(scenario.Case.AwaitsProsecutor);
        return scenario;
    }
}
