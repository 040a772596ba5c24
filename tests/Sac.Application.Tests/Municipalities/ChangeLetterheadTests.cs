using Sac.Application.Municipalities.ChangeLetterhead;
using Sac.Application.Tests.Fakes;
using Sac.Application.Tests.TestData;
using Sac.Domain.Common;
using Sac.Domain.Municipalities;
using static Sac.Application.Tests.Common.Validation;

namespace Sac.Application.Tests.Municipalities;

public sealed class ChangeLetterheadTests
{
    private readonly Municipality gent = DemoMunicipalities.Gent();
    private readonly FakeMunicipalityRepository municipalities;

    public ChangeLetterheadTests() => municipalities = new(gent, DemoMunicipalities.Antwerpen());

    private static ChangeLetterheadCommand Valid => new(
        DemoMunicipalities.GentNis, " Botermarkt 1 ", "9000", "Gent", "An De Smet", "gas@gent.demo.sac", "09 210 10 10", "be68 5390 0754 7034", "gkccbebb", "nl");

    [Fact]
    public async Task Valid_SetsTheLetterhead_WithTheIbanGroupedByFourAndTheBicInCapitals()
    {
        var result = await Handle(Valid);

        Assert.True(result.IsSuccess);
        var letterhead = gent.Letterhead;
        Assert.NotNull(letterhead);
        Assert.Equal("Botermarkt 1", letterhead.Street);
        Assert.Equal("9000", letterhead.PostalCode);
        Assert.Equal("Gent", letterhead.City);
        Assert.Equal("An De Smet", letterhead.OfficialName);
        Assert.Equal("gas@gent.demo.sac", letterhead.Email);
        Assert.Equal("09 210 10 10", letterhead.Phone);
        Assert.Equal("BE68 5390 0754 7034", letterhead.Iban);
        Assert.Equal("GKCCBEBB", letterhead.Bic);
        Assert.Equal("nl", letterhead.DefaultLanguage);
    }

    [Fact]
    public async Task Valid_ReplacesAnEarlierLetterhead()
    {
        gent.WithLetterhead("nl");

        await Handle(Valid with { DefaultLanguage = "fr", Street = "Stadhuis" });

        Assert.Equal("fr", gent.Letterhead!.DefaultLanguage);
        Assert.Equal("Stadhuis", gent.Letterhead.Street);
    }

    [Fact]
    public async Task IbanWithAWrongCheckDigit_IBAN_INVALID_On_iban_AndTheLetterheadStays()
    {
        var result = await Handle(Valid with { Iban = "BE68 5390 0754 7035" });

        var error = Assert.Single(result.Errors);
        Assert.Equal("IBAN_INVALID", error.Code);
        Assert.Equal("iban", error.Field);
        Assert.Null(gent.Letterhead);
    }

    [Fact]
    public async Task IbanTooShort_IBAN_INVALID()
    {
        var result = await Handle(Valid with { Iban = "BE68" });

        Assert.Equal("iban", Assert.Single(result.Errors).Field);
    }

    [Fact]
    public async Task LanguageOtherThanDutchOrFrench_LANGUAGE_INVALID_On_defaultLanguage()
    {
        var result = await Handle(Valid with { DefaultLanguage = "de" });

        var error = Assert.Single(result.Errors);
        Assert.Equal("LANGUAGE_INVALID", error.Code);
        Assert.Equal("defaultLanguage", error.Field);
        Assert.Null(gent.Letterhead);
    }

    [Fact]
    public async Task MunicipalityTheUserDoesNotWorkFor_Forbidden()
    {
        var antwerpen = await municipalities.GetAsync(DemoMunicipalities.AntwerpenNis, CancellationToken.None);

        var result = await Handle(Valid with { Nis = DemoMunicipalities.AntwerpenNis });

        Assert.Equal(ErrorKind.Forbidden, Assert.Single(result.Errors).Kind);
        Assert.Null(antwerpen!.Letterhead);
    }

    [Fact]
    public async Task UnknownMunicipality_NotFound()
    {
        var result = await Handle(Valid with { Nis = "99999" });

        Assert.Equal(ErrorKind.NotFound, Assert.Single(result.Errors).Kind);
    }

    [Fact]
    public void Validator_Valid_Passes() => Assert.Empty(Failures(new ChangeLetterheadValidator(), Valid));

    [Fact]
    public void Validator_NothingGiven_EveryFieldRequired() =>
        Assert.Equal(
            [
                "Bic:NotEmptyValidator", "City:NotEmptyValidator", "DefaultLanguage:NotEmptyValidator", "Email:NotEmptyValidator", "Iban:NotEmptyValidator",
                "OfficialName:NotEmptyValidator", "Phone:NotEmptyValidator", "PostalCode:NotEmptyValidator", "Street:NotEmptyValidator",
            ],
            Failures(new ChangeLetterheadValidator(), new ChangeLetterheadCommand(DemoMunicipalities.GentNis, null, null, null, null, null, null, null, null, null)));

    [Theory]
    [InlineData("GKCC")]
    [InlineData("GKCCBEBB1")]
    [InlineData("12CCBEBB")]
    public void Validator_MalformedBic_BIC_INVALID(string bic) =>
        Assert.Equal(["Bic:BIC_INVALID"], Failures(new ChangeLetterheadValidator(), Valid with { Bic = bic }));

    [Fact]
    public void Validator_BicWithBranch_Passes() => Assert.Empty(Failures(new ChangeLetterheadValidator(), Valid with { Bic = "GKCCBEBBXXX" }));

    [Fact]
    public void Validator_NotAnEmailAddress_Refused() =>
        Assert.Equal(["Email:EmailValidator"], Failures(new ChangeLetterheadValidator(), Valid with { Email = "gas-at-gent" }));

    private async Task<Result> Handle(ChangeLetterheadCommand command) =>
        await new ChangeLetterheadHandler(FakeCurrentUser.Admin(), municipalities).Handle(command, CancellationToken.None);
}
