using Sac.Domain.Assessment;
using static Sac.Domain.Tests.TestData.Build;

namespace Sac.Domain.Tests.Assessment;

/// <summary>Community service and mediation in <see cref="CaseAssessor.Assess"/> (gas-law.md §3.3–3.5), and who has an age.</summary>
public sealed class AssessAlternativesTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Assess_Adult_MediationFollowsTheMunicipalitySetting(bool adultMediation)
    {
        var assessment = CaseAssessor.Assess(Facts(Adult(), settings: Settings(adultMediation: adultMediation)));

        Assert.Equal(adultMediation, assessment.MediationMayBeOffered);
        Assert.False(assessment.MediationMustBeOffered);
        Assert.Equal(30, assessment.MaximumCommunityServiceHours);
    }

    [Fact]
    public void Assess_MinorWhereAdultsGetNoMediation_MustStillBeOfferedMediation()
    {
        var assessment = CaseAssessor.Assess(Facts(PersonBornOn("2008-01-15"), settings: Settings(16, adultMediation: false)));

        Assert.True(assessment.MediationMustBeOffered);
        Assert.True(assessment.MediationMayBeOffered);
        Assert.Equal(15, assessment.MaximumCommunityServiceHours);
    }

    [Fact]
    public void Assess_Company_HasNoAgeNoCommunityServiceAndNoMediation()
    {
        var assessment = CaseAssessor.Assess(Facts(Company(), settings: Settings(adultMediation: true)));

        Assert.True(assessment.Sanctionable);
        Assert.Null(assessment.AgeAtFacts);
        Assert.False(assessment.IsMinor);
        Assert.Equal(350m, assessment.MaximumFine);
        Assert.Equal(FineCapBasis.AdultCap, assessment.MaximumFineBasis);
        Assert.Null(assessment.MaximumCommunityServiceHours);
        Assert.False(assessment.MediationMayBeOffered);
        Assert.False(assessment.MediationMustBeOffered);
    }

    [Fact]
    public void Assess_Company_FindsItsEarlierSanctions()
    {
        var assessment = CaseAssessor.Assess(Facts(Company(), history: [Prior("LITTER", "2024-06-01")]));

        Assert.True(assessment.IsRecidivism);
    }
}
