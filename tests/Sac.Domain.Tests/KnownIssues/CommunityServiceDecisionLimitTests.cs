using Sac.Domain.Decisions;
using static Sac.Domain.Tests.TestData.Build;
using static Sac.Domain.Tests.TestData.Scenario;

namespace Sac.Domain.Tests.KnownIssues;

/// <summary>
/// KNOWN ISSUE (gas-law.md §0b "Decision limit": 12 months "when mediation or community service was offered"; §3.4:
/// community service needs the offender's consent, so a decision imposing it was offered). Case.Decide
/// (Case.Decision.cs lines 29-49) imposes community service without the OfferCommunityService step and without
/// lengthening the limit (only Extend, Case.Alternatives.cs line 125, does that). When the service is then not performed,
/// the fine that may replace it (RecordCommunityServiceOutcome) is time-barred after 6 months instead of 12.
/// Either fix satisfies this test: lengthen the limit when community service is decided, or refuse the decision until
/// community service was offered. Facts 2025-03-01: 6 months is 2025-09-01, 12 months is 2026-03-01.
/// </summary>
[Trait("Category", "KnownIssue")]
public sealed class CommunityServiceDecisionLimitTests
{
    [Fact]
    public void Decide_CommunityServiceWithoutOfferStep_NeverLeavesTheSixMonthLimit()
    {
        var scenario = Open().Noticed();

        var result = scenario.Decide(DecisionKind.CommunityService, "2025-03-24", hours: 20);

        Assert.True(
            result.IsFailure || scenario.Case.Deadlines.Decision == Date("2026-03-01"),
            $"Community service was imposed with a decision limit of {scenario.Case.Deadlines.Decision:yyyy-MM-dd}, not 2026-03-01.");
    }
}
