using Sac.Domain.Common;
using Sac.Domain.Municipalities;

namespace Sac.Domain.Tests.Municipalities;

/// <summary>
/// The municipality's letterhead and the account fines are paid into (ISO 13616 IBAN: country and check digits moved
/// to the end, letters as numbers, the whole modulo 97 must be 1). BE68 5390 0754 7034 is the published Belgian
/// example; its national part 539-0075470-34 also checks (5390075470 mod 97 = 34).
/// </summary>
public sealed class LetterheadTests
{
    [Theory]
    [InlineData("BE68 5390 0754 7034", "BE68 5390 0754 7034")]
    [InlineData("BE68539007547034", "BE68 5390 0754 7034")]
    [InlineData(" be68 5390-0754-7034 ", "BE68 5390 0754 7034")]
    [InlineData("NL91 ABNA 0417 1643 00", "NL91 ABNA 0417 1643 00")] // letters in the account part; 18 characters, last group of two
    public void Create_ValidIban_IsKeptUpperCaseInGroupsOfFour(string iban, string printed)
    {
        var letterhead = Create(iban: iban);

        Assert.True(letterhead.IsSuccess);
        Assert.Equal(printed, letterhead.Value.Iban);
    }

    [Theory]
    [InlineData("BE68 5390 0754 7035")] // last digit changed
    [InlineData("BE68 5390 0754 7044")] // one digit changed in the national check
    [InlineData("BE69 5390 0754 7034")] // IBAN check digits changed
    [InlineData("BE86 5390 0754 7034")] // check digits swapped
    [InlineData("NL68 5390 0754 7034")] // the Belgian number under another country
    [InlineData("BE68 5390 0754")] // too short
    [InlineData("6853 9007 5470 34BE")] // no country code in front
    [InlineData("")]
    public void Create_InvalidIban_IsRefused(string iban)
    {
        var letterhead = Create(iban: iban);

        Assert.Equal(("IBAN_INVALID", "iban"), (Assert.Single(letterhead.Errors).Code, letterhead.FirstError.Field));
    }

    [Theory]
    [InlineData("nl", true)]
    [InlineData("fr", true)]
    [InlineData("de", false)]
    [InlineData("NL", false)]
    public void Create_DefaultLanguage_IsDutchOrFrench(string language, bool accepted)
    {
        var letterhead = Create(language: language);

        Assert.Equal(accepted, letterhead.IsSuccess);
        if (!accepted)
        {
            Assert.Equal(("LANGUAGE_INVALID", "defaultLanguage"), (letterhead.FirstError.Code, letterhead.FirstError.Field));
        }
    }

    [Fact]
    public void Create_InvalidIbanAndLanguage_ReportsBoth() =>
        Assert.Equal(["IBAN_INVALID", "LANGUAGE_INVALID"], Create(iban: "BE68 5390 0754 7035", language: "en").Errors.Select(e => e.Code));

    [Fact]
    public void Create_Texts_AreTrimmedAndTheBicUpperCase()
    {
        var letterhead = Create(bic: " gkccbebb ").Value;

        Assert.Equal(("Botermarkt 1", "9000", "Gent", "GKCCBEBB"), (letterhead.Street, letterhead.PostalCode, letterhead.City, letterhead.Bic));
        Assert.Equal("nl", letterhead.DefaultLanguage);
    }

    private static Result<Letterhead> Create(string iban = "BE68 5390 0754 7034", string language = "nl", string bic = "GKCCBEBB") =>
        Letterhead.Create(" Botermarkt 1 ", "9000 ", " Gent", "J. Janssens", "gas@stad.gent", "09 210 10 10", iban, bic, language);
}
