using Sac.Domain.LegalRegimes;
using Sac.Domain.Municipalities;
using static Sac.Domain.Tests.TestData.Build;

namespace Sac.Domain.Tests.LegalRegimes;

public sealed class LegalRegimeHistoryTests
{
    [Theory]
    [InlineData("2013-12-31")]
    [InlineData("2000-01-01")]
    public void On_BeforeTheGasLaw_IsNull(string date) =>
        Assert.Null(LegalRegimeHistory.On(Date(date)));

    [Theory]
    [InlineData("2014-01-01", "GAS_LAW_2013")]
    [InlineData("2014-06-30", "GAS_LAW_2013")]
    [InlineData("2014-07-01", "ROYAL_DECREE_2014_PARKING")]
    [InlineData("2018-08-31", "ROYAL_DECREE_2014_PARKING")]
    [InlineData("2018-09-01", "ROYAL_DECREE_2018_PARKING_AMOUNTS")]
    [InlineData("2024-01-07", "ROYAL_DECREE_2018_PARKING_AMOUNTS")]
    [InlineData("2024-01-08", "LAW_2023_AMENDMENT")]
    [InlineData("2030-12-31", "LAW_2023_AMENDMENT")]
    public void On_Date_ReturnsTheRegimeInForce(string date, string basis) =>
        Assert.Equal(basis, LegalRegimeHistory.On(Date(date))!.Basis);

    [Fact]
    public void On_GasLawEntryIntoForce_HasTheCapsButNoFixedFines()
    {
        var regime = LegalRegimeHistory.On(Date("2014-01-01"))!;

        Assert.Equal(Date("2014-01-01"), regime.ValidFrom);
        Assert.Equal(175m, regime.MinorFineCap);
        Assert.Equal(350m, regime.AdultFineCap);
        Assert.Null(regime.AdultRecidivistFineCap);
        Assert.Empty(regime.FixedFines);
    }

    [Theory]
    [InlineData("2014-06-30", null, null)]
    [InlineData("2014-07-01", 55, 110)]
    [InlineData("2018-08-31", 55, 110)]
    [InlineData("2018-09-01", 58, 116)]
    [InlineData("2024-01-08", 58, 116)]
    public void On_Date_FixesTheParkingAmounts(string date, int? firstCategory, int? secondCategory)
    {
        var fixedFines = LegalRegimeHistory.On(Date(date))!.FixedFines;

        Assert.Equal(firstCategory, FixedFine(fixedFines, InfractionCategory.Parking1));
        Assert.Equal(secondCategory, FixedFine(fixedFines, InfractionCategory.Parking2));
        Assert.Equal(firstCategory, FixedFine(fixedFines, InfractionCategory.CameraC3F103));
    }

    [Theory]
    [InlineData("2024-01-07", null, null)]
    [InlineData("2024-01-08", 500, 58)]
    public void On_AmendmentOf2023_BringsTheRecidivistCapAndCycleZones(string date, int? recidivistCap, int? cycleZone)
    {
        var regime = LegalRegimeHistory.On(Date(date))!;

        Assert.Equal(recidivistCap, regime.AdultRecidivistFineCap);
        Assert.Equal(cycleZone, FixedFine(regime.FixedFines, InfractionCategory.CycleZoneF111));
        Assert.Equal(175m, regime.MinorFineCap);
        Assert.Equal(350m, regime.AdultFineCap);
    }

    [Fact]
    public void All_Regimes_AreOrderedAndKeepTheUnchangedNumbers()
    {
        var regimes = LegalRegimeHistory.All;

        Assert.Equal(regimes.OrderBy(r => r.ValidFrom), regimes);
        Assert.All(regimes, r =>
        {
            Assert.Equal(14, r.AbsoluteMinimumAge);
            Assert.Equal(18, r.MajorityAge);
            Assert.Equal(30, r.AdultCommunityServiceCapHours);
            Assert.Equal(15, r.MinorCommunityServiceCapHours);
            Assert.Equal(70m, r.OralHearingThreshold);
            Assert.Equal(24, r.RecidivismWindowMonths);
            Assert.Equal(2, r.TransmissionMonths);
            Assert.Equal(6, r.DecisionMonths);
            Assert.Equal(12, r.DecisionMonthsWithAlternativeMeasure);
            Assert.Equal(15, r.DecisionMonthsWithMediationPaymentPlan);
        });
    }

    private static decimal? FixedFine(IReadOnlyDictionary<InfractionCategory, decimal> fixedFines, InfractionCategory category) =>
        fixedFines.TryGetValue(category, out var amount) ? amount : null;
}
