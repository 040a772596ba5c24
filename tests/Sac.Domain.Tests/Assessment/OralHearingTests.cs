using Sac.Domain.Assessment;
using Sac.Domain.LegalRegimes;
using static Sac.Domain.Tests.TestData.Build;

namespace Sac.Domain.Tests.Assessment;

public sealed class OralHearingTests
{
    [Theory]
    [InlineData(70, false)] // S27: the threshold is "more than 70"
    [InlineData(70.01, true)]
    [InlineData(71, true)] // S28
    [InlineData(58, false)]
    [InlineData(116, true)]
    public void MayBeRequested_Adult_OnlyAboveSeventy(double intendedFine, bool expected) =>
        Assert.Equal(expected, OralHearing.MayBeRequested((decimal)intendedFine, isMinor: false, Regime));

    [Theory]
    [InlineData(0)]
    [InlineData(70)]
    [InlineData(175)]
    public void MayBeRequested_Minor_Always(int intendedFine) =>
        Assert.True(OralHearing.MayBeRequested(intendedFine, isMinor: true, Regime));

    [Theory]
    [InlineData(70, false)]
    [InlineData(71, true)]
    public void Assess_RegulationMaximumAroundSeventy_DecidesTheHearingForAdults(int maximum, bool expected) =>
        Assert.Equal(expected, CaseAssessor.Assess(Facts(infraction: Infraction(minimum: 25m, maximum: maximum, defaultAmount: 50m))).OralHearingMayBeRequested);

    [Fact]
    public void Assess_MinorWithLowMaximum_MayStillBeHeard() =>
        Assert.True(CaseAssessor.Assess(Facts(PersonBornOn("2010-01-15"), Infraction(minimum: 25m, maximum: 50m, defaultAmount: 50m))).OralHearingMayBeRequested);

    private static LegalRegime Regime => LegalRegimeHistory.On(Date("2025-03-01"))!;
}
