using System.Globalization;
using Sac.Domain.Offenders;

namespace Sac.Domain.Tests.Offenders;

public sealed class NationalRegisterNumberTests
{
    [Theory]
    [InlineData("88022999990", false, 1988, 2, 29, Sex.Male)]
    [InlineData("00010100105", false, 2000, 1, 1, Sex.Male)]
    [InlineData("00010100173", false, 1900, 1, 1, Sex.Male)]
    [InlineData("88022902297", false, 1988, 2, 29, Sex.Female)]
    [InlineData("08422999977", true, 2008, 2, 29, Sex.Male)]
    [InlineData("88422999979", true, 1988, 2, 29, Sex.Male)]
    [InlineData("88222999936", true, 1988, 2, 29, Sex.Unknown)]
    [InlineData("08222999934", true, 2008, 2, 29, Sex.Unknown)]
    public void Create_WorkedExample_ReadsBirthAndSex(string input, bool isBis, int year, int month, int day, Sex sex)
    {
        var number = NationalRegisterNumber.Create(input).Value;

        Assert.Equal(input, number.Value);
        Assert.Equal(isBis, number.IsBis);
        Assert.Equal(year, number.BirthYear);
        Assert.Equal(month, number.BirthMonth);
        Assert.Equal(day, number.BirthDay);
        Assert.Equal(new DateOnly(year, month, day), number.BirthDate);
        Assert.Equal(sex, number.Sex);
    }

    [Theory]
    [InlineData("88.02.29-999.90")]
    [InlineData("88 02 29 999 90")]
    [InlineData(" 88022999990 ")]
    [InlineData("88.02.29 - 999.90")]
    [InlineData("880229-99990")]
    public void Create_WithSeparators_NormalisesToElevenDigits(string input)
    {
        var result = NationalRegisterNumber.Create(input);

        Assert.True(result.IsSuccess);
        Assert.Equal("88022999990", result.Value.Value);
        Assert.Equal(NationalRegisterNumber.Create("88022999990").Value, result.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Create_Empty_FailsRequired(string? input) =>
        Assert.Equal("NRN_REQUIRED", NationalRegisterNumber.Create(input).FirstError.Code);

    [Theory]
    [InlineData("8802299999")]
    [InlineData("880229999901")]
    [InlineData("88022999A90")]
    [InlineData("88/02/29-999.90")]
    [InlineData("-- ..")]
    [InlineData("８８０２２９９９９９０")]
    public void Create_NotElevenDigits_FailsFormat(string input) =>
        Assert.Equal("NRN_FORMAT", NationalRegisterNumber.Create(input).FirstError.Code);

    [Theory]
    [InlineData("88022999991")]
    [InlineData("88022999989")]
    [InlineData("00010100106")]
    [InlineData("08422999978")]
    [InlineData("88222999937")]
    [InlineData("88022999900")]
    public void Create_WrongCheckDigits_FailsChecksum(string input) =>
        Assert.Equal("NRN_CHECKSUM", NationalRegisterNumber.Create(input).FirstError.Code);

    [Theory]
    [InlineData("880230999", 1900)] // 30 February
    [InlineData("880431001", 1900)] // 31 April
    [InlineData("880132001", 1900)] // day 32
    [InlineData("881301001", 1900)] // month 13
    [InlineData("881901001", 1900)] // between ordinary and BIS +20 months
    [InlineData("883301001", 1900)] // BIS +20, month 13
    [InlineData("883901001", 1900)] // between BIS +20 and +40 months
    [InlineData("885301001", 1900)] // BIS +40, month 13
    [InlineData("886001001", 1900)]
    [InlineData("890229001", 1900)] // 1989 is not a leap year
    [InlineData("000229001", 1900)] // 1900 is not a leap year
    [InlineData("010229001", 2000)] // 2001 is not a leap year
    [InlineData("880032001", 1900)] // unknown month still caps the day at 31
    [InlineData("882230001", 1900)] // BIS +20, 30 February
    public void Create_ImpossibleDate_FailsDate(string firstNine, int century) =>
        Assert.Equal("NRN_DATE", NationalRegisterNumber.Create(WithCheckDigits(firstNine, century)).FirstError.Code);

    [Fact]
    public void Create_TwentyNinthFebruary2000_IsValidInTheLeapYear()
    {
        var number = NationalRegisterNumber.Create(WithCheckDigits("000229001", 2000)).Value;

        Assert.Equal(new DateOnly(2000, 2, 29), number.BirthDate);
    }

    [Theory]
    [InlineData("880200001", 1900, 1988, 2, null, false, Sex.Male)]
    [InlineData("880015002", 1900, 1988, null, 15, false, Sex.Female)]
    [InlineData("880031001", 1900, 1988, null, 31, false, Sex.Male)]
    [InlineData("880000001", 1900, 1988, null, null, false, Sex.Male)]
    [InlineData("050000002", 2000, 2005, null, null, false, Sex.Female)]
    [InlineData("882000001", 1900, 1988, null, null, true, Sex.Unknown)]
    [InlineData("082000002", 2000, 2008, null, null, true, Sex.Unknown)]
    [InlineData("884000002", 1900, 1988, null, null, true, Sex.Female)]
    [InlineData("084500001", 2000, 2008, 5, null, true, Sex.Male)]
    [InlineData("082100001", 2000, 2008, 1, null, true, Sex.Unknown)]
    public void Create_UnknownDayOrMonth_IsValidWithoutBirthDate(
        string firstNine, int century, int year, int? month, int? day, bool isBis, Sex sex)
    {
        var number = NationalRegisterNumber.Create(WithCheckDigits(firstNine, century)).Value;

        Assert.Equal(year, number.BirthYear);
        Assert.Equal(month, number.BirthMonth);
        Assert.Equal(day, number.BirthDay);
        Assert.Null(number.BirthDate);
        Assert.Equal(isBis, number.IsBis);
        Assert.Equal(sex, number.Sex);
    }

    [Theory]
    [InlineData("880112001", 1900, 1988, 1, 12)]
    [InlineData("991231002", 1900, 1999, 12, 31)]
    [InlineData("240229003", 2000, 2024, 2, 29)]
    [InlineData("885231004", 1900, 1988, 12, 31)]
    [InlineData("083231005", 2000, 2008, 12, 31)]
    public void Create_MonthAndDayBoundaries_ReadsBirthDate(string firstNine, int century, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), NationalRegisterNumber.Create(WithCheckDigits(firstNine, century)).Value.BirthDate);

    [Theory]
    [InlineData("88022999990", "88.02.29-999.90", "88.02.29-***.**")]
    [InlineData("00010100105", "00.01.01-001.05", "00.01.01-***.**")]
    [InlineData("08422999977", "08.42.29-999.77", "08.42.29-***.**")]
    public void Formatted_AndMasked_ShowTheWrittenForm(string input, string formatted, string masked)
    {
        var number = NationalRegisterNumber.Create(input).Value;

        Assert.Equal(formatted, number.Formatted);
        Assert.Equal(masked, number.Masked);
    }

    [Fact]
    public void ToString_ValidNumber_ReturnsValue() =>
        Assert.Equal("88022999990", NationalRegisterNumber.Create("88.02.29-999.90").Value.ToString());

    /// <summary>Completes nine digits with the check digits of the given century's formula.</summary>
    private static string WithCheckDigits(string firstNine, int century)
    {
        var number = long.Parse(firstNine, CultureInfo.InvariantCulture) + (century == 2000 ? 2_000_000_000L : 0L);
        return firstNine + (97 - (number % 97)).ToString("00", CultureInfo.InvariantCulture);
    }
}
