using Sac.Domain.Municipalities;
using static Sac.Domain.Tests.TestData.Build;

namespace Sac.Domain.Tests.Municipalities;

/// <summary><see cref="Municipality.InfractionOn"/> and <see cref="Municipality.RegulationOn"/>: the version in force on a day.</summary>
public sealed class RegulationOnTests
{
    [Theory]
    [InlineData("2013-12-31", null)]
    [InlineData("2014-01-01", 350)]
    [InlineData("2024-02-29", 350)]
    [InlineData("2024-03-01", 500)]
    [InlineData("2030-01-01", 500)]
    public void InfractionOn_Date_ReturnsTheVersionInForce(string date, int? maximum)
    {
        var municipality = Municipality();
        municipality.DefineInfraction(Definition(maximum: 350m));
        municipality.DefineInfraction(Definition(maximum: 500m, validFrom: "2024-03-01"));

        Assert.Equal(maximum, municipality.InfractionOn("LITTER", Date(date))?.MaximumAmount);
    }

    [Fact]
    public void InfractionOn_UnknownCode_IsNull() =>
        Assert.Null(Municipality().InfractionOn("LITTER", Date("2025-01-01")));

    [Fact]
    public void RegulationOn_Date_ListsOneVersionPerCodeInForceSortedByCode()
    {
        var municipality = Municipality();
        municipality.DefineInfraction(Definition("URINATE"));
        municipality.DefineInfraction(Definition("LITTER", maximum: 300m));
        municipality.DefineInfraction(Definition("LITTER", maximum: 350m, validFrom: "2024-03-01"));
        municipality.DefineInfraction(Definition("BINS-WRONG-DAY", minimum: 25m, defaultAmount: 50m, validFrom: "2024-03-01"));
        municipality.DefineInfraction(Definition("PARK-CYCLE-PATH", InfractionCategory.Parking2, null, null, null, false));

        var beforeChange = municipality.RegulationOn(Date("2024-02-29"));
        var afterChange = municipality.RegulationOn(Date("2024-03-01"));

        Assert.Equal(["LITTER", "PARK-CYCLE-PATH", "URINATE"], beforeChange.Select(i => i.Code));
        Assert.Equal(300m, beforeChange[0].MaximumAmount);
        Assert.Equal(["BINS-WRONG-DAY", "LITTER", "PARK-CYCLE-PATH", "URINATE"], afterChange.Select(i => i.Code));
        Assert.Equal(350m, afterChange[1].MaximumAmount);
    }

    [Fact]
    public void RegulationOn_BeforeAnyVersion_IsEmpty()
    {
        var municipality = Municipality();
        municipality.DefineInfraction(Definition(validFrom: "2020-01-01"));

        Assert.Empty(municipality.RegulationOn(Date("2019-12-31")));
    }
}
