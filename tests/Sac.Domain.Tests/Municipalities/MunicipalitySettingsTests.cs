using Sac.Domain.Municipalities;
using static Sac.Domain.Tests.TestData.Build;

namespace Sac.Domain.Tests.Municipalities;

public sealed class MunicipalitySettingsTests
{
    [Theory]
    [InlineData(14)]
    [InlineData(16)]
    [InlineData(null)]
    public void Create_MinorsFromAnAllowedAge_Succeeds(int? minorsFrom)
    {
        var settings = MunicipalitySettings.Create(minorsFrom, Date("2024-03-01"), adultMediationOffered: true, paymentTermDays: 30).Value;

        Assert.Equal(minorsFrom, settings.MinorsMinimumAge);
        Assert.Equal(Date("2024-03-01"), settings.Caps2024AdoptedOn);
        Assert.True(settings.AdultMediationOffered);
        Assert.Equal(30, settings.PaymentTermDays);
    }

    [Theory]
    [InlineData(15)]
    [InlineData(13)]
    [InlineData(17)]
    [InlineData(18)]
    [InlineData(0)]
    public void Create_MinorsFromAnotherAge_FailsOnMinorsMinimumAge(int minorsFrom)
    {
        var error = Assert.Single(MunicipalitySettings.Create(minorsFrom, null, adultMediationOffered: false, paymentTermDays: 30).Errors);

        Assert.Equal("MINORS_MINIMUM_AGE_INVALID", error.Code);
        Assert.Equal("minorsMinimumAge", error.Field);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(30)]
    [InlineData(365)]
    public void Create_PaymentTermWithinAYear_Succeeds(int days) =>
        Assert.Equal(days, MunicipalitySettings.Create(16, null, adultMediationOffered: false, days).Value.PaymentTermDays);

    [Theory]
    [InlineData(0)]
    [InlineData(366)]
    [InlineData(-1)]
    public void Create_PaymentTermOutsideOneTo365Days_FailsOnPaymentTerm(int days)
    {
        var error = Assert.Single(MunicipalitySettings.Create(16, null, adultMediationOffered: false, days).Errors);

        Assert.Equal("PAYMENT_TERM_INVALID", error.Code);
        Assert.Equal("paymentTermDays", error.Field);
    }

    [Fact]
    public void Create_SeveralInvalidValues_ReportsEachOne() =>
        Assert.Equal(
            ["MINORS_MINIMUM_AGE_INVALID", "PAYMENT_TERM_INVALID"],
            MunicipalitySettings.Create(15, null, adultMediationOffered: true, 0).Errors.Select(e => e.Code));

    [Fact]
    public void Create_CapsNotAdopted_KeepsNull() =>
        Assert.Null(MunicipalitySettings.Create(null, null, adultMediationOffered: false, 30).Value.Caps2024AdoptedOn);
}
