using Sac.Domain.Cases;
using Sac.Domain.Municipalities;
using static Sac.Domain.Tests.TestData.Build;
using static Sac.Domain.Tests.TestData.Scenario;

namespace Sac.Domain.Tests.Cases;

/// <summary>
/// gas-law.md §0b "Prosecutor (mixed)" with §0b "Minors": a minor's mixed case needs both the prosecutor's window and
/// the parents' letter, in either order. The minor is 15 at the facts of 2025-03-01; the report is received on
/// 2025-03-05, window until 2025-05-05.
/// </summary>
public sealed class ProsecutorWindowOfMinorsTests
{
    [Fact]
    public void RecordProsecutorAnswer_AfterTheParentsLetter_IsRecorded()
    {
        var scenario = ReportedThenParentsInformed();

        var result = scenario.Case.RecordProsecutorAnswer(ProsecutorAnswer.LeavesToOfficial, Date("2025-03-20"), Noon("2025-03-20"), Official);

        Assert.True(result.IsSuccess, Codes(result));
        Assert.True(scenario.Case.ProsecutorCleared);
    }

    [Fact]
    public void ApplyDueDeadlines_LightMixedSilenceAfterTheParentsLetter_ClearsTheCase()
    {
        var scenario = ReportedThenParentsInformed();

        scenario.Sweep("2025-05-06");

        Assert.True(scenario.Case.ProsecutorCleared);
        Assert.True(scenario.AssessOn("2025-05-06").Sanctionable);
    }

    [Fact]
    public void NextDueOn_ParentsInformedDuringTheWindow_IsTheDayAfterTheWindow() =>
        Assert.Equal(Date("2025-05-06"), ReportedThenParentsInformed().Case.NextDueOn);

    [Fact]
    public void ReportToProsecutor_AfterTheParentsLetter_IsRecorded()
    {
        var scenario = Open(MixedInfraction(InfractionCategory.MixedLight, minorsAllowed: true), Minor()).ParentsInformed("2025-03-04");

        var result = scenario.Case.ReportToProsecutor(Date("2025-03-05"), Noon("2025-03-05"), Official);

        Assert.True(result.IsSuccess, Codes(result));
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
