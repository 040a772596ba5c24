using Sac.Application.DataProtection;

namespace Sac.Application.Tests.DataProtection;

public sealed class NationalNumberMaskTests
{
    [Theory]
    [InlineData("88022999990", "88.02.29-***.**")]
    [InlineData("88.02.29-999.90", "88.02.29-***.**")]
    [InlineData("not a number", NationalNumberMask.Hidden)]
    [InlineData("88022999991", NationalNumberMask.Hidden)] // wrong check digits: nothing of it is shown
    public void The_birth_date_part_stays_the_sequence_and_check_digits_go(string number, string shown) =>
        Assert.Equal(shown, NationalNumberMask.Mask(number));

    [Fact]
    public void No_number_stays_no_number() => Assert.Null(NationalNumberMask.Mask(null));

    [Theory]
    [InlineData("88022999990", "88.02.29-***.**")] // a person known by the number only: the display name is the number
    [InlineData("Peeters Jan", "Peeters Jan")]
    [InlineData("Gezien met kaart 88.02.29-999.90 en rijbewijs", "Gezien met kaart 88.02.29-***.** en rijbewijs")]
    [InlineData("Bedrag 350.00 op 2025-03-10, +++250/0000/19788+++", "Bedrag 350.00 op 2025-03-10, +++250/0000/19788+++")]
    [InlineData("12345678901", "12345678901")] // eleven digits that are no national register number
    public void Numbers_written_in_a_text_are_masked_and_nothing_else(string text, string shown) =>
        Assert.Equal(shown, NationalNumberMask.MaskWithin(text));
}
