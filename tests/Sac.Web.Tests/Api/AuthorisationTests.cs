using System.Net;
using Sac.Testing;
using Sac.Web.Tests.Support;

namespace Sac.Web.Tests.Api;

/// <summary>api-v1.md: a missing role or another municipality is 403 for actions, 404 for reads of single resources.</summary>
public sealed class AuthorisationTests(SacAppFactory factory) : IClassFixture<SacAppFactory>
{
    [Fact]
    public async Task Auditor_may_not_record_a_finding()
    {
        using var auditor = factory.CreateApiClient(DemoTokens.Auditor);
        using var admin = factory.CreateApiClient(DemoTokens.Admin);
        var before = await admin.CaseTotalAsync();

        using var response = await auditor.PostJsonAsync(FindingRequests.Path, FindingRequests.Example(FindingRequests.NewExternalId("auditor")));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, await admin.CaseTotalAsync());
    }

    [Fact]
    public async Task Outsider_may_not_record_a_finding_in_Gent()
    {
        using var outsider = factory.CreateApiClient(DemoTokens.Outsider);
        using var admin = factory.CreateApiClient(DemoTokens.Admin);
        var before = await admin.CaseTotalAsync();

        using var response = await outsider.PostJsonAsync(FindingRequests.Path, FindingRequests.Example(FindingRequests.NewExternalId("outsider")));

        await ProblemAssert.WithCodeAsync(response, HttpStatusCode.Forbidden, "FORBIDDEN");
        Assert.Equal(before, await admin.CaseTotalAsync());
    }

    [Fact]
    public async Task Outsider_reading_a_Gent_case_gets_404()
    {
        using var finder = factory.CreateApiClient(DemoTokens.Finder);
        using var outsider = factory.CreateApiClient(DemoTokens.Outsider);
        var gentCase = await finder.RecordAsync(FindingRequests.Example(FindingRequests.NewExternalId("gent")));

        using var response = await outsider.GetAsync($"/api/v1/cases/{gentCase.Id()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Outsider_lists_nothing_of_Gent()
    {
        using var finder = factory.CreateApiClient(DemoTokens.Finder);
        using var outsider = factory.CreateApiClient(DemoTokens.Outsider);
        await finder.RecordAsync(FindingRequests.Example(FindingRequests.NewExternalId("gent")));

        var all = await outsider.GetOkJsonAsync("/api/v1/cases");
        var gent = await outsider.GetOkJsonAsync("/api/v1/cases?municipality=44021");

        Assert.Equal(0, all["total"]!.GetValue<int>());
        Assert.Empty(all["items"]!.AsArray());
        Assert.Equal(0, gent["total"]!.GetValue<int>());
        Assert.Empty(gent["items"]!.AsArray());
    }

    [Fact]
    public async Task Auditor_reads_a_case_of_a_municipality_of_theirs()
    {
        using var finder = factory.CreateApiClient(DemoTokens.Finder);
        using var auditor = factory.CreateApiClient(DemoTokens.Auditor);
        var gentCase = await finder.RecordAsync(FindingRequests.Example(FindingRequests.NewExternalId("audited")));

        var read = await auditor.GetOkJsonAsync($"/api/v1/cases/{gentCase.Id()}");

        Assert.Equal(gentCase.Id(), read.Id());
    }

    [Fact]
    public async Task Unknown_case_is_404()
    {
        using var official = factory.CreateApiClient(DemoTokens.Official);

        using var response = await official.GetAsync($"/api/v1/cases/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
