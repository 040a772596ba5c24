using System.Net;
using System.Text.Json.Nodes;
using Sac.Testing;
using Sac.Web.Tests.Support;

namespace Sac.Web.Tests.DataProtection;

/// <summary>GET /api/v1/data-protection/subjects/{nationalRegisterNumber}: the DPO's report, auditors only, their municipalities only.</summary>
public sealed class DataSubjectReportApiTests(SacAppFactory app) : IClassFixture<SacAppFactory>
{
    private static string Report(string number) => $"/api/v1/data-protection/subjects/{number}";

    [Fact]
    public async Task The_auditor_gets_the_persons_cases_and_documents_with_the_full_number()
    {
        var number = NationalNumbers.Unique(new DateOnly(1979, 4, 12));
        var recorded = await app.RecordCaseAsync(FindingRequests.Finding("44021", "LITTER", "2025-03-01T22:15:00+01:00", FindingRequests.PersonByNumber(number)));
        using var official = app.CreateApiClient(DemoTokens.Official);
        using (var letter = await official.PostJsonAsync($"/api/v1/cases/{recorded.Id()}/letters", new JsonObject { ["kind"] = "Notice" }))
        {
            await letter.AssertStatusAsync(HttpStatusCode.Created);
        }

        using var auditor = app.CreateApiClient(DemoTokens.Auditor);
        var report = await auditor.GetOkJsonAsync(Report(number));

        Assert.Equal(number, report["nationalRegisterNumber"]!.GetValue<string>());
        var found = Assert.Single(report["cases"]!.AsArray())!;
        Assert.Equal(recorded["number"]!.GetValue<string>(), found["number"]!.GetValue<string>());
        Assert.Equal(number, found["offender"]!["nationalRegisterNumber"]!.GetValue<string>());
        Assert.Equal("Janssens", found["offender"]!["lastName"]!.GetValue<string>());
        var document = Assert.Single(report["documents"]!.AsArray())!;
        Assert.Equal("Notice", document["kind"]!.GetValue<string>());
        Assert.Equal(64, document["sha256"]!.GetValue<string>().Length);
        Assert.Equal("auditor@demo.sac", report["generatedBy"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_case_of_a_municipality_the_auditor_does_not_audit_is_not_in_the_report()
    {
        var number = NationalNumbers.Unique(new DateOnly(1981, 9, 3));
        await app.RecordCaseAsync(
            FindingRequests.Finding("11002", "LITTER", "2025-03-01T22:15:00+01:00", FindingRequests.PersonByNumber(number)), DemoTokens.Outsider);
        using var auditor = app.CreateApiClient(DemoTokens.Auditor);

        var report = await auditor.GetOkJsonAsync(Report(number));

        Assert.Empty(report["cases"]!.AsArray());
        Assert.Empty(report["documents"]!.AsArray());
        Assert.DoesNotContain("11002", report["municipalities"]!.AsArray().Select(m => m!.GetValue<string>()));
    }

    [Fact]
    public async Task The_number_may_be_written_as_on_an_identity_card()
    {
        using var auditor = app.CreateApiClient(DemoTokens.Auditor);

        var report = await auditor.GetOkJsonAsync(Report("88.02.29-999.90"));

        Assert.Equal(NationalNumbers.Example, report["nationalRegisterNumber"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_number_that_is_not_one_is_400_on_nationalRegisterNumber()
    {
        using var auditor = app.CreateApiClient(DemoTokens.Auditor);

        using var response = await auditor.GetAsync(Report("88022999991"));

        await ProblemAssert.ValidationAsync(response, "nationalRegisterNumber");
    }

    [Theory]
    [InlineData(DemoTokens.Official)]
    [InlineData(DemoTokens.Finder)]
    [InlineData(DemoTokens.Admin)]
    public async Task Only_an_auditor_may_ask(string token)
    {
        using var client = app.CreateApiClient(token);

        using var response = await client.GetAsync(Report(NationalNumbers.Example));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Without_a_token_it_is_401()
    {
        using var anonymous = app.CreateApiClient(null);

        using var response = await anonymous.GetAsync(Report(NationalNumbers.Example));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
