using System.Net;
using Sac.Testing;
using Sac.Web.Tests.Support;

namespace Sac.Web.Tests.Browser;

/// <summary>The pages keep the same rules as the API: sign in first, the right role, your own municipalities only.</summary>
public sealed class BrowserAccessTests(SacAppFactory app) : IClassFixture<SacAppFactory>
{
    [Theory]
    [InlineData("/Cases")]
    [InlineData("/Findings/New")]
    [InlineData("/Municipalities")]
    public async Task Anonymous_visitors_are_sent_to_the_sign_in_page(string page)
    {
        var response = await new BrowserSession(app).GetAsync(page);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/SignIn", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_finder_cannot_open_the_officials_inbox()
    {
        var finder = await BrowserSession.SignedInAsync(app, "finder@demo.sac", "Demo-Finder-2025!");

        var response = await finder.GetAsync("/Cases");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_official_of_another_municipality_neither_sees_nor_opens_a_Gent_case()
    {
        using var finderApi = app.CreateApiClient(DemoTokens.Finder);
        var gentCase = await finderApi.RecordAsync(FindingRequests.Example(FindingRequests.NewExternalId("isolation")));
        var outsider = await BrowserSession.SignedInAsync(app, "outsider@demo.sac", "Demo-Outsider-2025!");

        var details = await outsider.GetAsync($"/Cases/Details/{gentCase.Id()}");
        var inbox = await outsider.GetAsync("/Cases");

        Assert.Equal(HttpStatusCode.NotFound, details.StatusCode);
        Assert.Equal(HttpStatusCode.OK, inbox.StatusCode);
        Assert.DoesNotContain(gentCase["number"]!.GetValue<string>(), await inbox.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_official_of_Gent_opens_the_same_case()
    {
        using var finderApi = app.CreateApiClient(DemoTokens.Finder);
        var gentCase = await finderApi.RecordAsync(FindingRequests.Example(FindingRequests.NewExternalId("isolation")));
        var official = await BrowserSession.SignedInAsync(app, "official@demo.sac", "Demo-Official-2025!");

        var details = await official.GetAsync($"/Cases/Details/{gentCase.Id()}");

        Assert.Equal(HttpStatusCode.OK, details.StatusCode);
        Assert.Contains(gentCase["number"]!.GetValue<string>(), await details.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
