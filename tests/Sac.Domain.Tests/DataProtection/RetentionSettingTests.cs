using Sac.Domain.Municipalities;

namespace Sac.Domain.Tests.DataProtection;

public sealed class RetentionSettingTests
{
    [Fact]
    public void Without_a_choice_personal_data_is_kept_five_years() =>
        Assert.Equal(5, MunicipalitySettings.Create(14, null, adultMediationOffered: true, paymentTermDays: 30).Value.RetentionYears);

    [Theory]
    [InlineData(1)]
    [InlineData(10)]
    [InlineData(30)]
    public void A_council_keeps_data_between_1_and_30_years(int years) =>
        Assert.Equal(years, MunicipalitySettings.Create(14, null, true, 30, years).Value.RetentionYears);

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(31)]
    public void Fewer_than_1_or_more_than_30_years_is_refused_on_retentionYears(int years)
    {
        var error = Assert.Single(MunicipalitySettings.Create(14, null, true, 30, years).Errors);

        Assert.Equal("RETENTION_YEARS_INVALID", error.Code);
        Assert.Equal("retentionYears", error.Field);
    }
}
