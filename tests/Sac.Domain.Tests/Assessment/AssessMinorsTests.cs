using Sac.Domain.Assessment;
using Sac.Domain.Municipalities;
using static Sac.Domain.Tests.TestData.Build;

namespace Sac.Domain.Tests.Assessment;

/// <summary>Who is too young for a GAS (gas-law.md §0b Age, §3.3): every minor-related reason of <see cref="CaseAssessor.Assess"/>.</summary>
public sealed class AssessMinorsTests
{
    [Theory]
    [InlineData("2010-06-15", "2024-06-14", 14, 13, AssessmentReason.UnderMinimumAge)] // S10
    [InlineData("2010-06-15", "2024-06-15", 14, 14, null)] // S11
    [InlineData("2011-03-02", "2025-03-01", 16, 13, AssessmentReason.UnderMinimumAge)]
    [InlineData("2011-03-02", "2025-03-01", null, 13, AssessmentReason.UnderMinimumAge)] // under 14 anywhere
    [InlineData("2011-03-01", "2025-03-01", 16, 14, AssessmentReason.UnderMinimumAge)]
    [InlineData("2009-03-02", "2025-03-01", 16, 15, AssessmentReason.UnderMinimumAge)] // 15 where minors start at 16
    [InlineData("2009-03-01", "2025-03-01", 16, 16, null)]
    [InlineData("2009-03-01", "2025-03-01", null, 16, AssessmentReason.MinorsNotCovered)]
    [InlineData("2011-03-01", "2025-03-01", null, 14, AssessmentReason.MinorsNotCovered)]
    [InlineData("2007-03-02", "2025-03-01", null, 17, AssessmentReason.MinorsNotCovered)] // the day before majority
    [InlineData("2007-03-01", "2025-03-01", null, 18, null)] // adult on the 18th birthday
    [InlineData("2008-02-29", "2022-02-28", 14, 14, null)] // a 29 February birthday turns over on 28 February
    [InlineData("2008-02-29", "2022-02-27", 14, 13, AssessmentReason.UnderMinimumAge)]
    public void Assess_PersonAroundTheMinimumAge_SaysWhyNot(string birth, string facts, int? minorsFrom, int age, string? reason)
    {
        var assessment = CaseAssessor.Assess(Facts(PersonBornOn(birth), settings: Settings(minorsFrom), facts: facts));

        Assert.Equal(age, assessment.AgeAtFacts);
        Assert.Equal(age < 18, assessment.IsMinor);
        Assert.Equal(reason is null, assessment.Sanctionable);
        Assert.Equal(reason is null ? [] : [reason], assessment.Reasons);
    }

    [Theory]
    [InlineData("2009-03-01", false)] // 16
    [InlineData("2007-03-01", true)] // 18
    public void Assess_InfractionClosedToMinors_OnlyAdultsAreSanctionable(string birth, bool sanctionable)
    {
        var closedToMinors = Infraction("NO-MINORS", minorsAllowed: false);

        var assessment = CaseAssessor.Assess(Facts(PersonBornOn(birth), closedToMinors, Settings(14)));

        Assert.Equal(sanctionable, assessment.Sanctionable);
        Assert.Equal(sanctionable ? [] : [AssessmentReason.MinorsNotAllowedForInfraction], assessment.Reasons);
    }

    [Theory]
    [InlineData(InfractionCategory.Parking1, "2007-03-02")] // 17
    [InlineData(InfractionCategory.Parking2, "2007-03-02")]
    [InlineData(InfractionCategory.CameraC3F103, "2007-03-02")]
    [InlineData(InfractionCategory.CycleZoneF111, "2007-03-02")]
    [InlineData(InfractionCategory.Parking2, "2011-03-02")] // 13: parking is the reason, not the age
    public void Assess_MinorForTrafficInfraction_IsParkingAdultsOnly(InfractionCategory category, string birth)
    {
        var assessment = CaseAssessor.Assess(Facts(PersonBornOn(birth), TrafficInfraction(category), Settings(14)));

        Assert.False(assessment.Sanctionable);
        Assert.Equal([AssessmentReason.ParkingAdultsOnly], assessment.Reasons);
    }

    [Fact]
    public void Assess_AdultOnTheEighteenthBirthdayForParking_IsSanctionable() =>
        Assert.True(CaseAssessor.Assess(Facts(PersonBornOn("2007-03-01"), TrafficInfraction(InfractionCategory.Parking2))).Sanctionable);

    [Fact]
    public void Assess_MinorNotSanctionable_HasNoAmountsButMayBeHeard()
    {
        var assessment = CaseAssessor.Assess(Facts(PersonBornOn("2011-03-02"), settings: Settings(14)));

        Assert.Null(assessment.MaximumFine);
        Assert.Null(assessment.MinimumFine);
        Assert.Null(assessment.FixedFine);
        Assert.Null(assessment.MaximumFineBasis);
        Assert.Null(assessment.MaximumCommunityServiceHours);
        Assert.False(assessment.MediationMustBeOffered);
        Assert.True(assessment.OralHearingMayBeRequested);
    }
}
