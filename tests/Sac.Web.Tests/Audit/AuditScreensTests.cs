using System.Net;
using System.Text;
using Sac.Testing;
using Sac.Web.Models;
using Sac.Web.Tests.Browser;
using Sac.Web.Tests.Support;

namespace Sac.Web.Tests.Audit;

/// <summary>The auditor's screens in the browser: both logs, filters, paging, CSV; nobody else gets them.</summary>
public sealed class AuditScreensTests(SacAppFactory factory) : IClassFixture<SacAppFactory>
{
    private const string Password = "Demo-Auditor-2025!";

    [Theory]
    [InlineData("nl-BE", "Audittrail", "Dossier geopend")]
    [InlineData("fr-BE", "Piste d'audit", "Dossier ouvert")]
    public async Task The_auditor_reads_the_trail_in_their_language(string culture, string tab, string action)
    {
        var opened = await factory.RecordCaseAsync(FindingRequests.Example(FindingRequests.NewExternalId("screen")));
        var auditor = await BrowserSession.SignedInAsync(factory, "auditor@demo.sac", Password, culture);

        var page = await auditor.GetPageAsync($"/Audit?subject={opened.Id()}");

        Assert.Contains(tab.Replace("'", "&#x27;", StringComparison.Ordinal), page, StringComparison.Ordinal);
        Assert.Contains("id=\"audit-entries\"", page, StringComparison.Ordinal);
        Assert.Contains("data-action=\"CaseCreated\"", page, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode(action), page, StringComparison.Ordinal);
        Assert.Contains(opened["number"]!.GetValue<string>(), page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_auditor_lands_on_the_trail_and_reads_the_registry_accesses()
    {
        var opened = await factory.RecordCaseAsync(FindingRequests.Example(FindingRequests.NewExternalId("screen-access")));
        await factory.AppendLookupAsync("finder@demo.sac", "88022999990", opened.Id());
        var auditor = await BrowserSession.SignedInAsync(factory, "auditor@demo.sac", Password);

        using var home = await auditor.GetAsync("/");
        var page = await auditor.GetPageAsync($"/Audit/registry-access?reference={opened.Id()}&outcome=Answered");

        Assert.Equal("/Audit", home.Headers.Location!.OriginalString);
        Assert.Contains("id=\"registry-accesses\"", page, StringComparison.Ordinal);
        Assert.Contains("data-outcome=\"Answered\"", page, StringComparison.Ordinal);
        Assert.Contains("88022999990", page, StringComparison.Ordinal);
        Assert.Contains("Rijksregister", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/Audit/csv")]
    [InlineData("/Audit/registry-access/csv")]
    public async Task The_auditor_downloads_each_log_as_csv(string url)
    {
        var auditor = await BrowserSession.SignedInAsync(factory, "auditor@demo.sac", Password);

        using var response = await auditor.GetAsync(url + "?from=2025-03-01");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Encoding.UTF8.GetPreamble(), (await response.Content.ReadAsByteArrayAsync())[..3]);
    }

    [Theory]
    [InlineData("official@demo.sac", "Demo-Official-2025!")]
    [InlineData("admin@demo.sac", "Demo-Admin-2025!")]
    public async Task Nobody_else_opens_the_audit_screens(string email, string password)
    {
        var other = await BrowserSession.SignedInAsync(factory, email, password);

        using var entries = await other.GetAsync("/Audit");
        using var csv = await other.GetAsync("/Audit/registry-access/csv");

        Assert.Equal(HttpStatusCode.Redirect, entries.StatusCode);
        Assert.Contains("/Account/AccessDenied", entries.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, csv.StatusCode);
    }

    [Fact]
    public async Task Pages_carry_the_filters()
    {
        for (var i = 0; i < AuditFilter.PageSize + 1; i++)
        {
            await factory.RecordCaseAsync(FindingRequests.Example(FindingRequests.NewExternalId("pages")));
        }

        var auditor = await BrowserSession.SignedInAsync(factory, "auditor@demo.sac", Password);

        var page = await auditor.GetPageAsync("/Audit?code=CaseCreated&user=finder%40demo.sac");

        Assert.Contains("id=\"audit-count\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/Audit/csv?user=finder@demo.sac&amp;code=CaseCreated\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/Audit?page=2&amp;user=finder@demo.sac&amp;code=CaseCreated\"", page, StringComparison.Ordinal);
    }
}
