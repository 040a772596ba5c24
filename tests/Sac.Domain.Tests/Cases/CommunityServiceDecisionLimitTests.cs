using Sac.Domain.Decisions;
using static Sac.Domain.Tests.TestData.Build;
using static Sac.Domain.Tests.TestData.Scenario;

namespace Sac.Domain.Tests.Cases;

/// <summary>
/// gas-law.md §0b "Decision limit": 12 months when community service was offered; a decision imposing it offers it
/// (§3.4, with the offender's consent), so a fine replacing service not performed has 12 months, not 6. Facts
/// 2025-03-01: 6 months is 2025-09-01, 12 months is 2026-03-01.
/// </summary>
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
