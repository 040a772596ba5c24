using Sac.Domain.Municipalities;
using static Sac.Domain.Tests.TestData.Build;

namespace Sac.Domain.Tests.Municipalities;

/// <summary>How <see cref="Municipality.DefineInfraction"/> versions the police regulation over time.</summary>
public sealed class DefineInfractionVersionTests
{
    [Fact]
    public void DefineInfraction_FirstVersion_IsOpenEnded()
    {
        var municipality = Municipality();

        var created = municipality.DefineInfraction(Definition(validFrom: "2014-01-01")).Value;

        Assert.Same(created, Assert.Single(municipality.Infractions));
        Assert.Equal(Date("2014-01-01"), created.ValidFrom);
        Assert.Null(created.ValidTo);
    }

    [Theory]
    [InlineData("2024-03-01", "2024-02-29")] // leap year
    [InlineData("2023-03-01", "2023-02-28")]
    [InlineData("2025-01-01", "2024-12-31")]
    [InlineData("2014-01-02", "2014-01-01")] // a one-day first version
    public void DefineInfraction_NewVersion_EndsThePreviousOneTheDayBefore(string newFrom, string previousTo)
    {
        var municipality = Municipality();
        var first = municipality.DefineInfraction(Definition(maximum: 250m)).Value;

        var second = municipality.DefineInfraction(Definition(maximum: 300m, validFrom: newFrom)).Value;

        Assert.Equal(2, municipality.Infractions.Count);
        Assert.Equal(Date(previousTo), first.ValidTo);
        Assert.Null(second.ValidTo);
        Assert.Same(first, municipality.InfractionOn("LITTER", Date(previousTo)));
        Assert.Same(second, municipality.InfractionOn("LITTER", Date(newFrom)));
    }

    [Fact]
    public void DefineInfraction_ThirdVersion_EndsOnlyTheLatest()
    {
        var municipality = Municipality();
        var first = municipality.DefineInfraction(Definition()).Value;
        var second = municipality.DefineInfraction(Definition(validFrom: "2020-01-01")).Value;

        municipality.DefineInfraction(Definition(validFrom: "2024-03-01"));

        Assert.Equal(Date("2019-12-31"), first.ValidTo);
        Assert.Equal(Date("2024-02-29"), second.ValidTo);
    }

    [Fact]
    public void DefineInfraction_SameValidFromAsTheLatest_ReplacesIt()
    {
        var municipality = Municipality();
        var first = municipality.DefineInfraction(Definition()).Value;
        municipality.DefineInfraction(Definition(maximum: 250m, validFrom: "2024-03-01"));

        var correction = municipality.DefineInfraction(Definition(maximum: 300m, validFrom: "2024-03-01")).Value;

        Assert.Equal(2, municipality.Infractions.Count);
        Assert.Contains(correction, municipality.Infractions);
        Assert.Equal(300m, municipality.InfractionOn("LITTER", Date("2024-03-01"))!.MaximumAmount);
        Assert.Equal(Date("2024-02-29"), first.ValidTo);
    }

    [Fact]
    public void DefineInfraction_OnlyVersionCorrected_ReplacesIt()
    {
        var municipality = Municipality();
        municipality.DefineInfraction(Definition(maximum: 250m));

        var correction = municipality.DefineInfraction(Definition(maximum: 300m)).Value;

        Assert.Same(correction, Assert.Single(municipality.Infractions));
        Assert.Null(correction.ValidTo);
    }

    [Theory]
    [InlineData("2024-02-29")] // the day before the latest version
    [InlineData("2020-01-01")]
    public void DefineInfraction_ValidFromBeforeTheLatestVersion_IsRefusedAndChangesNothing(string validFrom)
    {
        var municipality = Municipality();
        var current = municipality.DefineInfraction(Definition(validFrom: "2024-03-01")).Value;

        var error = Assert.Single(municipality.DefineInfraction(Definition(validFrom: validFrom)).Errors);

        Assert.Equal("VALID_FROM_BEFORE_CURRENT_VERSION", error.Code);
        Assert.Same(current, Assert.Single(municipality.Infractions));
        Assert.Null(current.ValidTo);
    }

    [Fact]
    public void DefineInfraction_InvalidNewVersion_LeavesTheCurrentVersionOpen()
    {
        var municipality = Municipality();
        var current = municipality.DefineInfraction(Definition()).Value;

        var result = municipality.DefineInfraction(Definition(minimum: 400m, validFrom: "2025-01-01"));

        Assert.True(result.IsFailure);
        Assert.Null(current.ValidTo);
        Assert.Same(current, Assert.Single(municipality.Infractions));
    }

    [Fact]
    public void DefineInfraction_OtherCode_DoesNotEndAnotherInfraction()
    {
        var municipality = Municipality();
        var litter = municipality.DefineInfraction(Definition("LITTER", validFrom: "2024-03-01")).Value;

        var graffiti = municipality.DefineInfraction(Definition("GRAFFITI", InfractionCategory.MixedLight, validFrom: "2014-01-01"));

        Assert.True(graffiti.IsSuccess);
        Assert.Null(litter.ValidTo);
    }
}
