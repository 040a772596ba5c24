using Sac.Domain.Assessment;
using Sac.Domain.Municipalities;
using static Sac.Domain.Tests.TestData.Build;

namespace Sac.Domain.Tests.Assessment;

/// <summary>The reasons of <see cref="CaseAssessor.Assess"/> that do not depend on age.</summary>
public sealed class AssessBlockingReasonsTests
{
    [Theory]
    [InlineData(InfractionCategory.PureAdministrative)]
    [InlineData(InfractionCategory.Parking2)]
    public void Assess_VehicleOffender_IsUnidentified(InfractionCategory category)
    {
        var infraction = category == InfractionCategory.PureAdministrative ? Infraction() : TrafficInfraction(category);

        var assessment = CaseAssessor.Assess(Facts(Vehicle(), infraction, history: [Prior(infraction.Code, "2024-06-01")]));

        Assert.False(assessment.Sanctionable);
        Assert.Equal([AssessmentReason.OffenderUnidentified], assessment.Reasons);
        Assert.Null(assessment.AgeAtFacts);
        Assert.Null(assessment.PriorSanction);
        Assert.Null(assessment.MaximumFine);
        Assert.False(assessment.OralHearingMayBeRequested);
    }

    [Theory]
    [InlineData(InfractionCategory.MixedLight)]
    [InlineData(InfractionCategory.MixedSerious)]
    public void Assess_MixedInfraction_AwaitsTheProsecutor(InfractionCategory category)
    {
        var assessment = CaseAssessor.Assess(Facts(infraction: Infraction("GRAFFITI", category, 100m, 350m, 250m)));

        Assert.False(assessment.Sanctionable);
        Assert.Equal([AssessmentReason.AwaitingProsecutor], assessment.Reasons);
    }

    [Theory]
    [InlineData("2024-07-10", true)] // S21: the last day of the 6 months
    [InlineData("2024-07-11", false)] // S21: the day after
    [InlineData("2025-01-10", false)]
    public void Assess_AroundTheDecisionDeadline_IsTimeBarredOnlyAfterIt(string today, bool sanctionable)
    {
        var assessment = CaseAssessor.Assess(Facts(facts: "2024-01-10", finding: "2024-01-10", today: today));

        Assert.Equal(sanctionable, assessment.Sanctionable);
        Assert.Equal(sanctionable ? [] : [AssessmentReason.TimeBarred], assessment.Reasons);
    }

    [Fact]
    public void Assess_DeadlineGivenByTheCase_IsTheOneChecked()
    {
        var extended = Facts(facts: "2024-01-10", today: "2024-12-01") with { DecisionDeadline = Date("2025-01-10") };

        Assert.True(CaseAssessor.Assess(extended).Sanctionable);
    }

    [Theory]
    [InlineData(InfractionCategory.CycleZoneF111, "2024-01-07", null)]
    [InlineData(InfractionCategory.CycleZoneF111, "2024-01-08", 58)]
    [InlineData(InfractionCategory.Parking1, "2014-06-30", null)]
    [InlineData(InfractionCategory.Parking1, "2014-07-01", 55)]
    [InlineData(InfractionCategory.Parking2, "2014-06-30", null)]
    [InlineData(InfractionCategory.CameraC3F103, "2014-06-30", null)]
    [InlineData(InfractionCategory.CameraC3F103, "2014-07-01", 55)]
    public void Assess_FixedFineCategory_NeedsItsAmountInForceOnTheFacts(InfractionCategory category, string facts, int? fixedFine)
    {
        var assessment = CaseAssessor.Assess(Facts(infraction: TrafficInfraction(category), facts: facts));

        Assert.Equal(fixedFine, assessment.FixedFine);
        Assert.Equal(fixedFine is null ? [AssessmentReason.FixedFineNotInForce] : [], assessment.Reasons);
    }

    [Fact]
    public void Assess_SeveralObstacles_ListsEveryReason()
    {
        var assessment = CaseAssessor.Assess(Facts(
            Vehicle(), Infraction("INSULT", InfractionCategory.MixedSerious, 100m, 350m, 200m), facts: "2024-01-10", today: "2024-07-11"));

        Assert.Equal(
            [AssessmentReason.OffenderUnidentified, AssessmentReason.AwaitingProsecutor, AssessmentReason.TimeBarred],
            assessment.Reasons);
    }
}
