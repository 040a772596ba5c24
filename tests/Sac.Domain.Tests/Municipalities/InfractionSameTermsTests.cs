using Sac.Domain.Municipalities;
using static Sac.Domain.Tests.TestData.Build;

namespace Sac.Domain.Tests.Municipalities;

/// <summary>How an import recognises a version it already holds (<see cref="Infraction.HasSameTermsAs"/>), and the boundaries of a new version.</summary>
public sealed class InfractionSameTermsTests
{
    [Fact]
    public void HasSameTermsAs_TheDefinitionItCameFrom_IsTrue()
    {
        var infraction = Infraction();

        Assert.True(infraction.HasSameTermsAs(Definition()));
    }

    [Fact]
    public void HasSameTermsAs_TextWithSurroundingSpaces_IsTrue_BecauseTextsAreStoredTrimmed()
    {
        var infraction = Infraction();

        Assert.True(infraction.HasSameTermsAs(Definition() with { TextNl = "  Zwerfvuil achterlaten " }));
    }

    [Fact]
    public void HasSameTermsAs_TrafficAmounts_AreIgnoredAsTheDomainDropsThem()
    {
        var parking = TrafficInfraction(InfractionCategory.Parking2);

        Assert.True(parking.HasSameTermsAs(Definition("PARK-CYCLE-PATH", InfractionCategory.Parking2, minimum: 10m, maximum: 20m, defaultAmount: 15m, minorsAllowed: true)));
    }

    public static TheoryData<InfractionDefinition> OtherTerms => new()
    {
        Definition(maximum: 300m),
        Definition(defaultAmount: 120m),
        Definition(minorsAllowed: false),
        Definition(recidivismMaximum: 500m),
        Definition(validFrom: "2014-01-02"),
        Definition(category: InfractionCategory.MixedLight),
        Definition() with { Article = "art. 13" },
        Definition() with { TextFr = "Abandon de détritus" },
        Definition(minimum: 400m), // invalid: never the same as a stored version
    };

    [Theory]
    [MemberData(nameof(OtherTerms))]
    public void HasSameTermsAs_AnyOtherTerm_IsFalse(InfractionDefinition other)
    {
        var infraction = Infraction();

        Assert.False(infraction.HasSameTermsAs(other));
    }

    [Theory]
    [InlineData("2025-02-28", 300)] // the day before the new version: the old one
    [InlineData("2025-03-01", 250)] // its first day
    [InlineData("2025-03-02", 250)] // the day after
    public void DefineInfraction_NewVersion_AppliesFromItsFirstDayOnly(string date, int maximum)
    {
        var municipality = Municipality();
        municipality.DefineInfraction(Definition(maximum: 300m));

        municipality.DefineInfraction(Definition(maximum: 250m, validFrom: "2025-03-01"));

        Assert.Equal(maximum, municipality.InfractionOn("LITTER", Date(date))!.MaximumAmount);
        Assert.Single(municipality.RegulationOn(Date(date)));
    }
}
