using System.Text;
using Sac.Domain.Payments;

namespace Sac.Domain.Tests.Payments;

/// <summary>The EPC069-12 (version 002) text of a SEPA credit transfer QR code, for a fine paid to the municipality.</summary>
public sealed class EpcPaymentCodeTests
{
    private const string Iban = "BE68 5390 0754 7034";
    private static readonly StructuredCommunication Communication = StructuredCommunication.ForCase(2025, 197);

    [Fact]
    public void Create_KnownTransfer_WritesTheElementsOneALineWithTheTwelveDigits() =>
        Assert.Equal(
            "BCD\n002\n1\nSCT\nGKCCBEBB\nStad Gent\nBE68539007547034\nEUR200.00\n\n250000019788",
            EpcPaymentCode.Create("Stad Gent", Iban, "gkccbebb", 200m, Communication).Value.Payload);

    [Fact]
    public void Create_WithoutBic_LeavesItsLineEmpty() =>
        Assert.StartsWith("BCD\n002\n1\nSCT\n\nStad Gent\n", EpcPaymentCode.Create("Stad Gent", Iban, null, 200m, Communication).Value.Payload);

    [Theory]
    [InlineData("0.01", "EUR0.01")]
    [InlineData("1250.5", "EUR1250.50")]
    [InlineData("999999999.99", "EUR999999999.99")]
    public void Create_AmountInRange_IsWrittenWithAPointAndCents(string amount, string expected) =>
        Assert.Contains("\n" + expected + "\n", Create(amount: decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)).Value.Payload);

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("0.001")]
    [InlineData("1000000000")]
    public void Create_AmountOutOfRangeOrBelowACent_IsRefused(string amount)
    {
        var result = Create(amount: decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture));

        Assert.True(result.IsFailure);
        Assert.Equal("EPC_AMOUNT_INVALID", result.FirstError.Code);
    }

    [Fact]
    public void Create_NameOfSeventyCharacters_IsAccepted() => Assert.True(Create(name: new string('a', 70)).IsSuccess);

    [Theory]
    [InlineData(0)]
    [InlineData(71)]
    public void Create_NameEmptyOrLongerThanSeventy_IsRefused(int length) =>
        Assert.Equal("EPC_BENEFICIARY_INVALID", Create(name: new string('a', length)).FirstError.Code);

    [Theory]
    [InlineData("BE68 5390 0754 7035")] // wrong check digits
    [InlineData("BE68")]
    [InlineData("")]
    public void Create_BadIban_IsRefused(string iban) => Assert.Equal("IBAN_INVALID", Create(iban: iban).FirstError.Code);

    [Fact]
    public void Create_BadBic_IsRefused() => Assert.Equal("BIC_INVALID", Create(bic: "GKCC").FirstError.Code);

    [Fact]
    public void Create_LongestInputs_StayWithinTheBytesAQrCodeHolds()
    {
        // A 34-character IBAN, an 11-character BIC and a name of 70 two-byte letters.
        var payload = EpcPaymentCode.Create(
            new string('é', 70), "GB57111111111111111111111111111111", "GKCCBEBBXXX", 999_999_999.99m, Communication).Value.Payload;

        Assert.InRange(Encoding.UTF8.GetByteCount(payload), 1, EpcPaymentCode.MaximumBytes);
    }

    private static Domain.Common.Result<EpcPaymentCode> Create(
        string name = "Stad Gent", string iban = Iban, string bic = "GKCCBEBB", decimal amount = 200m) =>
        EpcPaymentCode.Create(name, iban, bic, amount, Communication);
}
