using Sac.Domain.Payments;

namespace Sac.Domain.Tests.Payments;

/// <summary>
/// The Belgian structured communication: ten digits and their remainder modulo 97 as two check digits (97 when the
/// remainder is 0), written +++ddd/dddd/ddddd+++. Check digits below were worked out by long division.
/// </summary>
public sealed class StructuredCommunicationTests
{
    [Theory]
    [InlineData(1L, "+++000/0000/00101+++")] // 1 mod 97 = 1
    [InlineData(96L, "+++000/0000/09696+++")] // 96 mod 97 = 96
    [InlineData(97L, "+++000/0000/09797+++")] // 97 mod 97 = 0 -> 97
    [InlineData(98L, "+++000/0000/09801+++")] // 98 = 97 + 1
    [InlineData(0L, "+++000/0000/00097+++")] // 0 mod 97 = 0 -> 97
    [InlineData(1_234_567_890L, "+++123/4567/89002+++")] // 97 x 12 727 504 = 1 234 567 888, remainder 2
    [InlineData(108_068_171L, "+++010/8068/17183+++")] // the common bank example: 97 x 1 114 104 = 108 068 088, remainder 83
    [InlineData(9_999_999_999L, "+++999/9999/99948+++")] // 10^10 mod 97 = 49 (10^2 = 3, 10^10 = 3^5 = 243 = 49), minus 1 = 48
    public void FromBase_TenDigits_AddsTheCheckDigitsAndFormats(long tenDigits, string expected) =>
        Assert.Equal(expected, StructuredCommunication.FromBase(tenDigits).ToString());

    [Fact]
    public void FromBase_DivisibleBy97_KeepsTwelveDigitsWithCheck97() =>
        Assert.Equal(9_797L, StructuredCommunication.FromBase(97).Digits);

    [Theory]
    [InlineData(-1L)]
    [InlineData(10_000_000_000L)]
    public void FromBase_OutsideTenDigits_Throws(long tenDigits) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => StructuredCommunication.FromBase(tenDigits));

    [Theory]
    [InlineData(2025, 197, "+++250/0000/19788+++")] // 2500000197: 10^8 = 81 (mod 97), 25 x 81 = 2025 = 85, 197 = 3; 85 + 3 = 88
    [InlineData(2024, 1, "+++240/0000/00105+++")] // 2400000001: 24 x 81 = 1944 = 4, plus 1 = 5
    [InlineData(2100, 5, "+++000/0000/00505+++")] // the year's last two digits only: 00
    public void ForCase_YearAndSequence_AreTheTenDigits(int year, int sequence, string expected) =>
        Assert.Equal(expected, StructuredCommunication.ForCase(year, sequence).ToString());

    [Theory]
    [InlineData(-1)]
    [InlineData(100_000_000)]
    public void ForCase_SequenceOutsideEightDigits_Throws(int sequence) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => StructuredCommunication.ForCase(2025, sequence));

    [Theory]
    [InlineData("+++250/0000/19788+++")]
    [InlineData("***250/0000/19788***")]
    [InlineData("250/0000/19788")]
    [InlineData("250000019788")]
    [InlineData("  +++250 / 0000 / 19788+++ ")]
    public void Parse_ValidWithOrWithoutDecoration_ReadsTheSameCommunication(string text)
    {
        var parsed = StructuredCommunication.Parse(text);

        Assert.True(parsed.IsSuccess);
        Assert.Equal(250_000_019_788L, parsed.Value.Digits);
        Assert.Equal(StructuredCommunication.ForCase(2025, 197), parsed.Value);
        Assert.Equal("+++250/0000/19788+++", parsed.Value.ToString());
    }

    [Theory]
    [InlineData("+++250/0000/19789+++")] // check 89 instead of 88
    [InlineData("+++250/0000/19787+++")]
    [InlineData("+++250/0000/29788+++")] // a digit of the base changed
    [InlineData("+++000/0000/09700+++")] // remainder 0 is written 97, not 00
    [InlineData("+++000/0000/00000+++")]
    [InlineData("+++123/4567/89020+++")] // check digits swapped
    public void Parse_WrongCheckDigits_IsRefused(string text)
    {
        var parsed = StructuredCommunication.Parse(text);

        Assert.Equal(("STRUCTURED_COMMUNICATION_INVALID", "communication"), (parsed.FirstError.Code, parsed.FirstError.Field));
    }

    [Theory]
    [InlineData("+++250/0000/1978+++")] // 11 digits
    [InlineData("+++250/0000/197880+++")] // 13 digits
    [InlineData("25000001978A")]
    [InlineData("250-0000-19788")] // dashes are not part of the notation
    [InlineData("")]
    [InlineData(null)]
    public void Parse_NotTwelveDigits_IsRefused(string? text) =>
        Assert.Equal("STRUCTURED_COMMUNICATION_INVALID", StructuredCommunication.Parse(text).FirstError.Code);
}
