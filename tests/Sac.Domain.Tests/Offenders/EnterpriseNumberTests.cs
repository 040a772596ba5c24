using Sac.Domain.Offenders;

namespace Sac.Domain.Tests.Offenders;

public sealed class EnterpriseNumberTests
{
    [Theory]
    [InlineData("0440966354", "0440966354")]
    [InlineData("0440.966.354", "0440966354")]
    [InlineData("BE0440966354", "0440966354")]
    [InlineData("BE 0440.966.354", "0440966354")]
    [InlineData("be0440966354", "0440966354")]
    [InlineData(" 0440 966 354 ", "0440966354")]
    [InlineData("0831797467", "0831797467")]
    [InlineData("1000000021", "1000000021")]
    [InlineData("1000.000.021", "1000000021")]
    [InlineData("440966354", "0440966354")]
    [InlineData("440.966.354", "0440966354")]
    [InlineData("0000009797", "0000009797")]
    public void Create_ValidNumber_NormalisesToTenDigits(string input, string expected) =>
        Assert.Equal(expected, EnterpriseNumber.Create(input).Value.Value);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Create_Empty_FailsRequired(string? input) =>
        Assert.Equal("KBO_REQUIRED", EnterpriseNumber.Create(input).FirstError.Code);

    [Theory]
    [InlineData("2440966354")]
    [InlineData("9440966354")]
    [InlineData("04409663")]
    [InlineData("04409663541")]
    [InlineData("BE")]
    [InlineData("NL0440966354")]
    [InlineData("0440-966-35A")]
    [InlineData("0440/966/354")]
    public void Create_NotTenDigitsStartingWithZeroOrOne_FailsFormat(string input) =>
        Assert.Equal("KBO_FORMAT", EnterpriseNumber.Create(input).FirstError.Code);

    [Theory]
    [InlineData("0440966355")]
    [InlineData("0831797468")]
    [InlineData("1000000022")]
    [InlineData("440966355")]
    public void Create_WrongCheckDigits_FailsChecksum(string input) =>
        Assert.Equal("KBO_CHECKSUM", EnterpriseNumber.Create(input).FirstError.Code);

    [Theory]
    [InlineData("BE0440966354", "0440.966.354")]
    [InlineData("1000000021", "1000.000.021")]
    [InlineData("440966354", "0440.966.354")]
    public void Formatted_ValidNumber_GroupsFourThreeThree(string input, string formatted) =>
        Assert.Equal(formatted, EnterpriseNumber.Create(input).Value.Formatted);

    [Fact]
    public void Create_SameNumberWrittenDifferently_IsEqual() =>
        Assert.Equal(EnterpriseNumber.Create("BE 0440.966.354").Value, EnterpriseNumber.Create("0440966354").Value);
}
