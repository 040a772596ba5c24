using Sac.Domain.Municipalities;
using static Sac.Domain.Tests.TestData.Build;

namespace Sac.Domain.Tests.Municipalities;

/// <summary>The amounts and dates <see cref="Municipality.DefineInfraction"/> accepts.</summary>
public sealed class DefineInfractionAmountsTests
{
    [Theory]
    [InlineData(50, 350, 100)]
    [InlineData(50, 350, 50)] // default on the minimum
    [InlineData(50, 350, 350)] // default on the maximum
    [InlineData(100, 100, 100)] // minimum equals maximum
    [InlineData(50, 350, null)]
    public void DefineInfraction_AmountsInOrder_Succeeds(int minimum, int maximum, int? defaultAmount)
    {
        var infraction = Municipality().DefineInfraction(Definition(minimum: minimum, maximum: maximum, defaultAmount: defaultAmount)).Value;

        Assert.Equal(minimum, infraction.MinimumAmount);
        Assert.Equal(maximum, infraction.MaximumAmount);
        Assert.Equal(defaultAmount, infraction.DefaultAmount);
    }

    [Theory]
    [InlineData(351, 350)]
    [InlineData(100, 99)]
    public void DefineInfraction_MinimumAboveMaximum_Fails(int minimum, int maximum) =>
        Assert.Contains("MINIMUM_ABOVE_MAXIMUM", Codes(Definition(minimum: minimum, maximum: maximum, defaultAmount: null)));

    [Theory]
    [InlineData(49)]
    [InlineData(351)]
    public void DefineInfraction_DefaultOutsideTheRange_Fails(int defaultAmount) =>
        Assert.Equal(["DEFAULT_OUTSIDE_RANGE"], Codes(Definition(minimum: 50m, maximum: 350m, defaultAmount: defaultAmount)));

    [Theory]
    [InlineData(null, 350, "minimumAmount")]
    [InlineData(0, 350, "minimumAmount")]
    [InlineData(-5, 350, "minimumAmount")]
    [InlineData(50, null, "maximumAmount")]
    [InlineData(50, 0, "maximumAmount")]
    public void DefineInfraction_MissingOrNonPositiveAmount_FailsOnThatField(int? minimum, int? maximum, string field)
    {
        var errors = Municipality().DefineInfraction(Definition(minimum: minimum, maximum: maximum, defaultAmount: null)).Errors;

        Assert.Contains(errors, e => e.Code == "AMOUNT_REQUIRED" && e.Field == field);
    }

    [Theory]
    [InlineData(349, false)]
    [InlineData(350, true)]
    [InlineData(500, true)]
    public void DefineInfraction_RecidivismMaximum_MayNotBeBelowTheMaximum(int recidivismMaximum, bool accepted)
    {
        var result = Municipality().DefineInfraction(Definition(maximum: 350m, recidivismMaximum: recidivismMaximum));

        Assert.Equal(accepted, result.IsSuccess);
        if (!accepted)
        {
            Assert.Equal("RECIDIVISM_MAXIMUM_BELOW_MAXIMUM", result.FirstError.Code);
        }
    }

    [Theory]
    [InlineData("2013-12-31", false)]
    [InlineData("2014-01-01", true)]
    public void DefineInfraction_ValidFromAroundTheGasLaw_OnlyFromItsEntryIntoForce(string validFrom, bool accepted)
    {
        var result = Municipality().DefineInfraction(Definition(validFrom: validFrom));

        Assert.Equal(accepted, result.IsSuccess);
        if (!accepted)
        {
            Assert.Equal("VALID_FROM_BEFORE_GAS_LAW", result.FirstError.Code);
            Assert.Equal("validFrom", result.FirstError.Field);
        }
    }

    [Theory]
    [InlineData(InfractionCategory.Parking1)]
    [InlineData(InfractionCategory.Parking2)]
    [InlineData(InfractionCategory.CameraC3F103)]
    [InlineData(InfractionCategory.CycleZoneF111)]
    public void DefineInfraction_TrafficCategory_DropsAmountsAndNeverAllowsMinors(InfractionCategory category)
    {
        var infraction = Municipality().DefineInfraction(
            Definition("PARK", category, minimum: 10m, maximum: 5m, defaultAmount: 99m, minorsAllowed: true, recidivismMaximum: 1m)).Value;

        Assert.Null(infraction.MinimumAmount);
        Assert.Null(infraction.MaximumAmount);
        Assert.Null(infraction.DefaultAmount);
        Assert.Null(infraction.RecidivismMaximumAmount);
        Assert.False(infraction.MinorsAllowed);
    }

    [Fact]
    public void DefineInfraction_TrafficCategoryWithoutAmounts_Succeeds() =>
        Assert.True(Municipality().DefineInfraction(Definition("PARK", InfractionCategory.Parking2, null, null, null, minorsAllowed: false)).IsSuccess);

    [Fact]
    public void DefineInfraction_TrafficCategoryBeforeTheGasLaw_Fails() =>
        Assert.Equal(["VALID_FROM_BEFORE_GAS_LAW"], Codes(Definition("PARK", InfractionCategory.Parking1, null, null, null, false, "2013-12-31")));

    [Fact]
    public void DefineInfraction_SeveralFaults_ReportsThemAll() =>
        Assert.Equal(
            ["VALID_FROM_BEFORE_GAS_LAW", "MINIMUM_ABOVE_MAXIMUM", "DEFAULT_OUTSIDE_RANGE"],
            Codes(Definition(minimum: 400m, maximum: 350m, defaultAmount: 360m, validFrom: "2013-06-01")));

    [Fact]
    public void DefineInfraction_Texts_AreTrimmed()
    {
        var infraction = Municipality().DefineInfraction(
            new InfractionDefinition("LITTER", InfractionCategory.PureAdministrative, " art. 12 ", " Zwerfvuil ", " Déchets ", 50m, 350m, 100m, true, Date("2014-01-01"))).Value;

        Assert.Equal("art. 12", infraction.Article);
        Assert.Equal("Zwerfvuil", infraction.Text("nl"));
        Assert.Equal("Déchets", infraction.Text("fr"));
    }

    private static IEnumerable<string> Codes(InfractionDefinition definition) =>
        Municipality().DefineInfraction(definition).Errors.Select(e => e.Code);
}
