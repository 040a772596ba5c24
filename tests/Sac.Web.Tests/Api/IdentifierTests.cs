using Sac.Testing;
using Sac.Web.Tests.Support;

namespace Sac.Web.Tests.Api;

/// <summary>S40 through the API: the §10 validators decide what a finding may carry.</summary>
public sealed class IdentifierTests(SacAppFactory factory) : IClassFixture<SacAppFactory>
{
    [Theory]
    [InlineData("00010100105", "2000-01-01")]
    [InlineData("00010100173", "1900-01-01")]
    [InlineData("08422999977", "2008-02-29")]
    [InlineData("88.02.29-999.90", "1988-02-29")]
    public async Task Valid_numbers_are_accepted_and_give_the_birth_date(string number, string birthDate)
    {
        using var finder = factory.CreateApiClient(DemoTokens.Finder);

        var created = await finder.RecordAsync(
            FindingRequests.Finding("44021", "LITTER", "2025-03-01T22:15:00+01:00", FindingRequests.PersonByNumber(number)));

        Assert.Equal(birthDate, created["offender"]!["birthDate"]!.GetValue<string>());
    }

    [Fact]
    public async Task Enterprise_number_with_a_bad_checksum_is_refused()
    {
        using var finder = factory.CreateApiClient(DemoTokens.Finder);

        using var response = await finder.PostJsonAsync(FindingRequests.Path,
            FindingRequests.Finding("44021", "LITTER", "2025-03-01T22:15:00+01:00", FindingRequests.Company("0440966355")));

        await ProblemAssert.ValidationAsync(response, "offender.enterpriseNumber");
    }

    [Fact]
    public async Task Valid_enterprise_number_is_accepted()
    {
        using var finder = factory.CreateApiClient(DemoTokens.Finder);

        var created = await finder.RecordAsync(
            FindingRequests.Finding("44021", "LITTER", "2025-03-01T22:15:00+01:00", FindingRequests.Company("0440.966.354")));

        Assert.Equal("Company", created["offender"]!["type"]!.GetValue<string>());
        Assert.Equal("0440966354", created["offender"]!["enterpriseNumber"]!.GetValue<string>());
    }

    [Fact]
    public async Task Eu_plate_with_the_letter_O_is_refused()
    {
        using var finder = factory.CreateApiClient(DemoTokens.Finder);

        using var response = await finder.PostJsonAsync(FindingRequests.Path,
            FindingRequests.Finding("44021", "LITTER", "2025-03-01T22:15:00+01:00", FindingRequests.Vehicle("1-ABO-123", "BE")));

        await ProblemAssert.ValidationAsync(response, "offender.plate");
    }
}
