using Sac.Domain.Assessment;
using Sac.Domain.Municipalities;
using static Sac.Domain.Tests.TestData.Build;

namespace Sac.Domain.Tests.Assessment;

/// <summary>Art. 3,3° traffic infractions in <see cref="CaseAssessor.Assess"/>: a fixed fine, no discretion (gas-law.md §2.3).</summary>
public sealed class AssessFixedFinesTests
{
    [Fact]
    public void Assess_AdultParkedOnCyclePath_PaysTheFixed116() // S36
    {
        var assessment = CaseAssessor.Assess(Facts(Adult(), TrafficInfraction(InfractionCategory.Parking2), facts: "2025-02-10"));

        Assert.True(assessment.Sanctionable);
        Assert.Equal(116m, assessment.FixedFine);
        Assert.Equal(116m, assessment.MaximumFine);
        Assert.Equal(116m, assessment.MinimumFine);
        Assert.Equal(FineCapBasis.FixedByLaw, assessment.MaximumFineBasis);
        Assert.True(assessment.OralHearingMayBeRequested);
        Assert.Null(assessment.MaximumCommunityServiceHours);
        Assert.False(assessment.MediationMustBeOffered);
        Assert.False(assessment.MediationMayBeOffered);
    }

    [Theory]
    [InlineData(InfractionCategory.Parking1, "2014-07-01", 55)]
    [InlineData(InfractionCategory.Parking1, "2018-08-31", 55)]
    [InlineData(InfractionCategory.Parking1, "2018-09-01", 58)]
    [InlineData(InfractionCategory.Parking2, "2014-07-01", 110)]
    [InlineData(InfractionCategory.Parking2, "2018-08-31", 110)]
    [InlineData(InfractionCategory.Parking2, "2018-09-01", 116)]
    [InlineData(InfractionCategory.CameraC3F103, "2018-08-31", 55)]
    [InlineData(InfractionCategory.CameraC3F103, "2018-09-01", 58)]
    [InlineData(InfractionCategory.CycleZoneF111, "2025-02-10", 58)]
    public void Assess_TrafficCategory_UsesTheAmountOfTheFactsDate(InfractionCategory category, string facts, int amount)
    {
        var assessment = CaseAssessor.Assess(Facts(Adult(), TrafficInfraction(category), facts: facts));

        Assert.Equal(amount, assessment.FixedFine);
        Assert.Equal(amount, assessment.MaximumFine);
    }

    [Theory]
    [InlineData(InfractionCategory.Parking1, 58)]
    [InlineData(InfractionCategory.Parking2, 116)]
    public void Assess_RepeatParking_HasNoRecidivismIncrease(InfractionCategory category, int amount)
    {
        var infraction = TrafficInfraction(category);

        var assessment = CaseAssessor.Assess(Facts(Adult(), infraction, facts: "2025-02-10", history: [Prior(infraction.Code, "2024-06-01")]));

        Assert.False(assessment.IsRecidivism);
        Assert.Null(assessment.PriorSanction);
        Assert.Equal(amount, assessment.FixedFine);
        Assert.Equal(FineCapBasis.FixedByLaw, assessment.MaximumFineBasis);
    }

    [Fact]
    public void Assess_CompanyForParking_PaysTheFixedFine()
    {
        var assessment = CaseAssessor.Assess(Facts(Company(), TrafficInfraction(InfractionCategory.Parking1), facts: "2025-02-10"));

        Assert.True(assessment.Sanctionable);
        Assert.Equal(58m, assessment.FixedFine);
        Assert.False(assessment.OralHearingMayBeRequested);
    }
}
