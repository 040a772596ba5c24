using System.Text.Json.Nodes;
using Sac.Testing;
using Sac.Web.Tests.Support;

namespace Sac.Web.Tests.DataProtection;

/// <summary>National register numbers in full for the sanctioning official, masked (birth date part kept) for every other role.</summary>
public sealed class NationalNumberMaskingApiTests(SacAppFactory app) : IClassFixture<SacAppFactory>
{
    private static readonly DateOnly BirthDate = new(1984, 11, 23);

    [Theory]
    [InlineData(DemoTokens.Official, true)]
    [InlineData(DemoTokens.Admin, true)] // the demo admin is a sanctioning official too
    [InlineData(DemoTokens.Finder, false)]
    [InlineData(DemoTokens.Auditor, false)]
    public async Task The_case_shows_the_number_as_the_role_may_see_it(string token, bool full)
    {
        var number = NationalNumbers.Unique(BirthDate);
        var recorded = await app.RecordCaseAsync(FindingRequests.Finding("44021", "LITTER", "2025-03-01T22:15:00+01:00", FindingRequests.PersonByNumber(number)));
        using var client = app.CreateApiClient(token);

        var read = await client.GetOkJsonAsync($"/api/v1/cases/{recorded.Id()}");

        Assert.Equal(full ? number : "84.11.23-***.**", read["offender"]!["nationalRegisterNumber"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_finder_who_records_the_finding_gets_it_back_masked()
    {
        var number = NationalNumbers.Unique(BirthDate);

        var recorded = await app.RecordCaseAsync(FindingRequests.Finding("44021", "LITTER", "2025-03-01T22:15:00+01:00", FindingRequests.PersonByNumber(number)));

        Assert.Equal("84.11.23-***.**", recorded["offender"]!["nationalRegisterNumber"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_person_known_by_the_number_only_is_listed_masked_to_the_auditor_and_in_full_to_the_official()
    {
        var number = NationalNumbers.Unique(BirthDate);
        var numberOnly = new JsonObject { ["type"] = "Person", ["nationalRegisterNumber"] = number, ["language"] = "nl" };
        await app.RecordCaseAsync(FindingRequests.Finding("44021", "LITTER", "2025-03-01T22:15:00+01:00", numberOnly));
        using var auditor = app.CreateApiClient(DemoTokens.Auditor);
        using var official = app.CreateApiClient(DemoTokens.Official);

        var forAuditor = await auditor.GetOkJsonAsync($"/api/v1/cases?nationalRegisterNumber={number}");
        var forOfficial = await official.GetOkJsonAsync($"/api/v1/cases?nationalRegisterNumber={number}");

        Assert.Equal("84.11.23-***.**", Assert.Single(forAuditor["items"]!.AsArray())!["offenderName"]!.GetValue<string>());
        Assert.Equal(number, Assert.Single(forOfficial["items"]!.AsArray())!["offenderName"]!.GetValue<string>());
    }
}
