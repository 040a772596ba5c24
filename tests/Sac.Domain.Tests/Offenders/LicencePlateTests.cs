using Sac.Domain.Offenders;

namespace Sac.Domain.Tests.Offenders;

public sealed class LicencePlateTests
{
    [Theory]
    [InlineData("1-ABC-123", "1ABC123", "1-ABC-123")]
    [InlineData("1abc123", "1ABC123", "1-ABC-123")]
    [InlineData("2 XYZ 999", "2XYZ999", "2-XYZ-999")]
    [InlineData("1.ABC.123", "1ABC123", "1-ABC-123")]
    [InlineData("9-NPZ-000", "9NPZ000", "9-NPZ-000")]
    [InlineData("M-ABC-123", "MABC123", "M-ABC-123")]
    [InlineData("Q-ABC-123", "QABC123", "Q-ABC-123")]
    [InlineData("O-ABC-123", "OABC123", "O-ABC-123")]
    [InlineData("S-ABC-123", "SABC123", "S-ABC-123")]
    [InlineData("G-ABC-123", "GABC123", "G-ABC-123")]
    [InlineData("T-XAA-123", "TXAA123", "T-XAA-123")]
    [InlineData("T-LAB-123", "TLAB123", "T-LAB-123")]
    [InlineData("ZAB-123", "ZAB123", "ZAB123")]
    [InlineData("VAB-123", "VAB123", "VAB123")]
    [InlineData("ABC-123", "ABC123", "ABC123")]
    [InlineData("123-ABC", "123ABC", "123ABC")]
    [InlineData("CD 1234", "CD1234", "CD1234")]
    [InlineData("CD-1234567890", "CD1234567890", "CD1234567890")]
    [InlineData("AB", "AB", "AB")]
    [InlineData("JAN", "JAN", "JAN")]
    [InlineData("Love 4 U", "LOVE4U", "LOVE4U")]
    [InlineData("A1234567", "A1234567", "A1234567")]
    [InlineData("M-ABO-123", "MABO123", "MABO123")]
    public void Create_BelgianPlate_NormalisesAndDisplays(string input, string value, string display)
    {
        var plate = LicencePlate.Create(input, "BE").Value;

        Assert.Equal(value, plate.Value);
        Assert.Equal(display, plate.Display);
        Assert.Equal("BE", plate.Country);
        Assert.True(plate.IsBelgian);
    }

    [Theory]
    [InlineData("1-ABO-123")]
    [InlineData("1-OAB-123")]
    [InlineData("0-ABC-123")]
    [InlineData("1-AB-123")]
    [InlineData("1-ABC-1234")]
    [InlineData("12-ABC-123")]
    [InlineData("123")]
    [InlineData("12345")]
    [InlineData("A")]
    [InlineData("ABCDEFGHI")]
    [InlineData("CD12345678901")]
    [InlineData("1/ABC/123")]
    [InlineData("1-ÄBC-123")]
    [InlineData("ÄBC-123")]
    public void Create_BelgianPlateOutsideTheSet_FailsFormat(string input) =>
        Assert.Equal("PLATE_FORMAT", LicencePlate.Create(input, "BE").FirstError.Code);

    [Theory]
    [InlineData("B-AB 1234", "DE", "BAB1234")]
    [InlineData("LÖ-AB 123", "DE", "LÖAB123")]
    [InlineData("AB-123-CD", "FR", "AB123CD")]
    [InlineData("1-ABO-123", "NL", "1ABO123")]
    [InlineData("1-ABC-123", "fr", "1ABC123")]
    [InlineData("7", "LU", "7")]
    [InlineData("ABCDEF123456", "PL", "ABCDEF123456")]
    public void Create_ForeignPlate_AcceptsAnyShortAlphanumeric(string input, string country, string value)
    {
        var plate = LicencePlate.Create(input, country).Value;

        Assert.Equal(value, plate.Value);
        Assert.Equal(value, plate.Display);
        Assert.Equal(country.ToUpperInvariant(), plate.Country);
        Assert.False(plate.IsBelgian);
    }

    [Theory]
    [InlineData("ABCDEF1234567")]
    [InlineData("AB/12")]
    [InlineData("AB_12")]
    public void Create_ForeignPlateTooLongOrWithSymbols_FailsFormat(string input) =>
        Assert.Equal("PLATE_FORMAT", LicencePlate.Create(input, "DE").FirstError.Code);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(" - . ")]
    public void Create_EmptyPlate_FailsRequired(string? input) =>
        Assert.Equal("PLATE_REQUIRED", LicencePlate.Create(input, "BE").FirstError.Code);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("B")]
    [InlineData("BEL")]
    [InlineData("1E")]
    [InlineData("B-")]
    public void Create_CountryNotTwoLetters_FailsCountry(string? country) =>
        Assert.Equal("PLATE_COUNTRY", LicencePlate.Create("1-ABC-123", country).FirstError.Code);

    [Theory]
    [InlineData("be")]
    [InlineData("Be")]
    [InlineData(" BE ")]
    public void Create_CountryInAnyCase_IsBelgian(string country)
    {
        var plate = LicencePlate.Create("1-ABC-123", country).Value;

        Assert.Equal("BE", plate.Country);
        Assert.True(plate.IsBelgian);
    }

    [Fact]
    public void Create_SamePlateWrittenDifferently_IsEqual() =>
        Assert.Equal(LicencePlate.Create("1-abc-123", "be").Value, LicencePlate.Create("1ABC123", "BE").Value);
}
