using Sac.Domain.Assessment;
using static Sac.Domain.Tests.TestData.Build;

namespace Sac.Domain.Tests.Assessment;

/// <summary>The legal caps of <see cref="CaseAssessor.Assess"/> (gas-law.md §0b Caps, §3.2, §4).</summary>
public sealed class AssessCapsTests
{
    [Fact]
    public void Assess_AdultFirstInfraction_IsCappedAt350() // S01
    {
        var assessment = CaseAssessor.Assess(Facts(Adult(), facts: "2025-03-01"));

        Assert.True(assessment.Sanctionable);
        Assert.Empty(assessment.Reasons);
        Assert.False(assessment.IsMinor);
        Assert.False(assessment.IsRecidivism);
        Assert.True(assessment.Caps2024Apply);
        Assert.Equal(350m, assessment.MaximumFine);
        Assert.Equal(FineCapBasis.AdultCap, assessment.MaximumFineBasis);
        Assert.Equal(50m, assessment.MinimumFine);
        Assert.Null(assessment.FixedFine);
        Assert.Equal(30, assessment.MaximumCommunityServiceHours);
        Assert.Equal("LAW_2023_AMENDMENT", assessment.Regime.Basis);
    }

    [Fact]
    public void Assess_MinorOfFifteenFirstInfraction_IsCappedAt175WithMediation() // S08
    {
        var assessment = CaseAssessor.Assess(Facts(PersonBornOn("2010-01-15"), settings: Settings(14), facts: "2025-03-01"));

        Assert.True(assessment.Sanctionable);
        Assert.Equal(15, assessment.AgeAtFacts);
        Assert.True(assessment.IsMinor);
        Assert.Equal(175m, assessment.MaximumFine);
        Assert.Equal(FineCapBasis.MinorCap, assessment.MaximumFineBasis);
        Assert.True(assessment.MediationMustBeOffered);
        Assert.True(assessment.MediationMayBeOffered);
        Assert.Equal(15, assessment.MaximumCommunityServiceHours);
        Assert.True(assessment.OralHearingMayBeRequested);
    }

    [Theory]
    [InlineData("2024-03-01", "2024-02-29", 350)] // the day before the council's adoption
    [InlineData("2024-03-01", "2024-03-01", 500)] // the day of adoption
    [InlineData("2024-01-08", "2024-01-07", 350)] // adopted with the law: the day before the law
    [InlineData("2024-01-08", "2024-01-08", 500)]
    [InlineData("2023-12-01", "2024-01-07", 350)] // adopted early: still not before the law
    [InlineData("2023-12-01", "2024-01-08", 500)]
    [InlineData(null, "2025-03-01", 350)] // not adopted (Brussels)
    public void Assess_AdultRecidivist_Gets500OnlyFromTheLawAndTheAdoption(string? adoptedOn, string facts, int maximum)
    {
        var assessment = CaseAssessor.Assess(Facts(
            Adult(), settings: Settings(capsAdoptedOn: adoptedOn), facts: facts, history: [Prior("LITTER", "2023-06-01")]));

        Assert.True(assessment.IsRecidivism);
        Assert.Equal(maximum == 500, assessment.Caps2024Apply);
        Assert.Equal(maximum, assessment.MaximumFine);
        Assert.Equal(maximum == 500 ? FineCapBasis.AdultRecidivistCap : FineCapBasis.AdultCap, assessment.MaximumFineBasis);
    }

    [Fact]
    public void Assess_MinorRecidivist_StaysAt175()
    {
        var assessment = CaseAssessor.Assess(Facts(PersonBornOn("2008-01-15"), history: [Prior("LITTER", "2024-06-01")]));

        Assert.True(assessment.IsRecidivism);
        Assert.True(assessment.Caps2024Apply);
        Assert.Equal(175m, assessment.MaximumFine);
        Assert.Equal(FineCapBasis.MinorCap, assessment.MaximumFineBasis);
    }

    [Fact]
    public void Assess_EarlierSanctionForAnotherInfraction_IsNoRecidivism() // S04
    {
        var assessment = CaseAssessor.Assess(Facts(
            Adult(), Infraction("DUMPING"), facts: "2025-01-15", history: [Prior("GRAFFITI", "2024-06-01")]));

        Assert.False(assessment.IsRecidivism);
        Assert.Equal(350m, assessment.MaximumFine);
    }

    [Theory]
    [InlineData("2023-01-25", false)] // 24 months before the facts, not before the finding
    [InlineData("2023-02-01", true)] // exactly 24 months before the finding
    [InlineData("2025-01-25", true)] // after the facts, before the finding
    public void Assess_RecidivismWindow_IsCountedFromTheFinding(string decidedOn, bool isRecidivism)
    {
        var assessment = CaseAssessor.Assess(Facts(
            Adult(), facts: "2025-01-20", finding: "2025-02-01", history: [Prior("LITTER", decidedOn)]));

        Assert.Equal(isRecidivism, assessment.IsRecidivism);
        Assert.Equal(isRecidivism ? 500m : 350m, assessment.MaximumFine);
    }

    [Theory]
    [InlineData(250, 250, FineCapBasis.Regulation)]
    [InlineData(349, 349, FineCapBasis.Regulation)]
    [InlineData(350, 350, FineCapBasis.AdultCap)]
    public void Assess_AdultAndRegulationMaximum_TheLowerWins(int regulationMaximum, int expected, FineCapBasis basis)
    {
        var assessment = CaseAssessor.Assess(Facts(Adult(), Infraction(maximum: regulationMaximum)));

        Assert.Equal(expected, assessment.MaximumFine);
        Assert.Equal(basis, assessment.MaximumFineBasis);
    }

    [Theory]
    [InlineData(150, 150, FineCapBasis.Regulation)]
    [InlineData(174, 174, FineCapBasis.Regulation)]
    [InlineData(175, 175, FineCapBasis.MinorCap)]
    [InlineData(350, 175, FineCapBasis.MinorCap)]
    public void Assess_MinorAndRegulationMaximum_TheLowerWins(int regulationMaximum, int expected, FineCapBasis basis)
    {
        var assessment = CaseAssessor.Assess(Facts(PersonBornOn("2010-01-15"), Infraction(maximum: regulationMaximum)));

        Assert.Equal(expected, assessment.MaximumFine);
        Assert.Equal(basis, assessment.MaximumFineBasis);
    }

    [Theory]
    [InlineData(null, 500, FineCapBasis.AdultRecidivistCap)] // the demo regulation: 350, 500 for recidivists
    [InlineData(400, 400, FineCapBasis.Regulation)]
    [InlineData(499, 499, FineCapBasis.Regulation)]
    [InlineData(500, 500, FineCapBasis.AdultRecidivistCap)]
    [InlineData(600, 500, FineCapBasis.AdultRecidivistCap)]
    public void Assess_RecidivistAndRegulationRecidivismMaximum_TheLowerWins(int? recidivismMaximum, int expected, FineCapBasis basis)
    {
        var assessment = CaseAssessor.Assess(Facts(
            Adult(), Infraction(maximum: 350m, recidivismMaximum: recidivismMaximum), history: [Prior("LITTER", "2024-06-01")]));

        Assert.Equal(expected, assessment.MaximumFine);
        Assert.Equal(basis, assessment.MaximumFineBasis);
    }

    [Theory]
    [InlineData(349, 349, FineCapBasis.Regulation)] // a lower ordinary maximum still limits recidivists
    [InlineData(350, 500, FineCapBasis.AdultRecidivistCap)]
    public void Assess_RecidivistWithoutRecidivismMaximum_IsLimitedByALowerOrdinaryMaximum(int regulationMaximum, int expected, FineCapBasis basis)
    {
        var assessment = CaseAssessor.Assess(Facts(
            Adult(), Infraction(minimum: 50m, maximum: regulationMaximum, defaultAmount: 100m), history: [Prior("LITTER", "2024-06-01")]));

        Assert.Equal(expected, assessment.MaximumFine);
        Assert.Equal(basis, assessment.MaximumFineBasis);
    }

    [Fact]
    public void Assess_RecidivistWhereCapsDoNotApply_KeepsTheOrdinaryRegulationMaximum()
    {
        var assessment = CaseAssessor.Assess(Facts(
            Adult(), Infraction(maximum: 300m, recidivismMaximum: 400m), Settings(capsAdoptedOn: null), history: [Prior("LITTER", "2024-06-01")]));

        Assert.True(assessment.IsRecidivism);
        Assert.Equal(300m, assessment.MaximumFine);
        Assert.Equal(FineCapBasis.Regulation, assessment.MaximumFineBasis);
    }

    [Fact]
    public void Assess_RegulationMinimumAboveTheMinorCap_IsLoweredToTheCap()
    {
        var assessment = CaseAssessor.Assess(Facts(PersonBornOn("2010-01-15"), Infraction(minimum: 200m, maximum: 350m, defaultAmount: 250m)));

        Assert.Equal(175m, assessment.MinimumFine);
        Assert.Equal(175m, assessment.MaximumFine);
    }
}
