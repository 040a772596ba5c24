using Sac.Domain.Measures;

namespace Sac.Domain.Tests.Measures;

/// <summary>An addressee's number is optional, and checked when given; letters go in Dutch or French.</summary>
public sealed class AddresseeTests
{
    [Theory]
    [InlineData(AddresseeKind.Person, null, null)]
    [InlineData(AddresseeKind.Person, "88.02.29-999.90", null)]
    [InlineData(AddresseeKind.Person, "88022999991", "NRN_CHECKSUM")]
    [InlineData(AddresseeKind.Company, "0203.201.340", null)]
    [InlineData(AddresseeKind.Company, "0203201341", "KBO_CHECKSUM")]
    public void Number_IsValidatedWhenGiven(AddresseeKind kind, string? number, string? code)
    {
        var created = Addressee.Create(kind, "Naam", number, null, "nl");

        Assert.Equal(code, created.IsFailure ? created.FirstError.Code : null);
        Assert.Equal(code is null ? null : "number", created.IsFailure ? created.FirstError.Field : null);
    }

    [Fact]
    public void Number_IsKeptAsDigits()
    {
        var person = Addressee.Create(AddresseeKind.Person, " Jan Peeters ", "88.02.29-999.90", null, "fr").Value;

        Assert.Equal("88022999990", person.NationalRegisterNumber);
        Assert.Null(person.EnterpriseNumber);
        Assert.Equal("Jan Peeters", person.Name);
    }

    [Theory]
    [InlineData("de")]
    [InlineData("")]
    public void Language_OtherThanDutchOrFrench_IsRefused(string language) =>
        Assert.Equal("LANGUAGE_INVALID", Addressee.Create(AddresseeKind.Person, "Naam", null, null, language).FirstError.Code);
}
