using System.Net;
using Sac.Testing;
using Sac.Web.Tests.Support;

namespace Sac.Web.Tests.Browser;

/// <summary>
/// Device tokens listed and revoked in the browser: each user their own, a system administrator everyone's; a revoked
/// token stops answering on the API at once, and nobody revokes another user's token by posting its id.
/// </summary>
public sealed class TokensPageTests(SacAppFactory app) : IClassFixture<SacAppFactory>
{
    private const string Page = "/Tokens";

    [Fact]
    public async Task The_list_shows_the_users_own_tokens_and_not_those_of_others()
    {
        var (own, _) = await app.IssueTokenAsync("finder@demo.sac", "Telefoon Jan");
        var (others, _) = await app.IssueTokenAsync("official@demo.sac", "Tablet Els");
        var finder = await BrowserSession.SignedInAsync(app, "finder@demo.sac", "Demo-Finder-2025!");

        var page = WebUtility.HtmlDecode(await finder.GetPageAsync(Page));

        Assert.Contains($"data-token=\"{own}\"", page, StringComparison.Ordinal);
        Assert.Contains("Telefoon Jan", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-token=\"{others}\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Tablet Els", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_revoked_in_the_browser_answers_401_on_the_api_at_once()
    {
        var (id, token) = await app.IssueTokenAsync("finder@demo.sac", "Oude telefoon");
        using var device = app.CreateApiClient(token);
        await (await device.GetAsync("/api/v1/cases")).AssertStatusAsync(HttpStatusCode.OK);
        var finder = await BrowserSession.SignedInAsync(app, "finder@demo.sac", "Demo-Finder-2025!");

        var revoked = await finder.PostFormAsync(Page, $"{Page}/{id}/Revoke", []);

        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await device.GetAsync("/api/v1/cases")).StatusCode);
        var page = WebUtility.HtmlDecode(await finder.GetPageAsync(revoked.Headers.Location!.OriginalString));
        Assert.Contains("Het token ‘Oude telefoon’ is ingetrokken", page, StringComparison.Ordinal);
        Assert.Contains($"data-token=\"{id}\" data-owner=\"finder@demo.sac\" data-revoked=\"true\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_users_token_is_not_revoked_by_posting_its_id()
    {
        var (id, token) = await app.IssueTokenAsync("finder@demo.sac");
        using var device = app.CreateApiClient(token);
        var official = await BrowserSession.SignedInAsync(app, CaseSteps.Official, CaseSteps.OfficialPassword);

        var refused = await official.PostFormAsync(Page, $"{Page}/{id}/Revoke", []);

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", refused.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        await (await device.GetAsync("/api/v1/cases")).AssertStatusAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_system_administrator_sees_every_token_with_its_owner_and_revokes_any()
    {
        var (id, token) = await app.IssueTokenAsync("finder@demo.sac", "Telefoon Piet");
        using var device = app.CreateApiClient(token);
        var admin = await BrowserSession.SignedInAsync(app, "admin@demo.sac", "Demo-Admin-2025!");

        var page = WebUtility.HtmlDecode(await admin.GetPageAsync(Page));
        var revoked = await admin.PostFormAsync(Page, $"{Page}/{id}/Revoke", []);

        Assert.Contains($"data-token=\"{id}\" data-owner=\"finder@demo.sac\" data-revoked=\"false\"", page, StringComparison.Ordinal);
        Assert.Contains("<td class=\"text-break\">finder@demo.sac</td>", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await device.GetAsync("/api/v1/cases")).StatusCode);
    }

    [Theory]
    [InlineData("nl-BE", "Apparaten en API-tokens", "Token ‘Tablet’ definitief intrekken")]
    [InlineData("fr-BE", "Appareils et jetons API", "Révoquer définitivement le jeton « Tablet »")]
    public async Task The_page_is_in_the_users_language_and_linked_from_the_menu(string culture, string title, string button)
    {
        await app.IssueTokenAsync("auditor@demo.sac", "Tablet");
        var auditor = await BrowserSession.SignedInAsync(app, "auditor@demo.sac", "Demo-Auditor-2025!", culture);

        var page = WebUtility.HtmlDecode(await auditor.GetPageAsync(Page));

        Assert.Contains($"<h1 class=\"h3 mb-2\">{title}</h1>", page, StringComparison.Ordinal);
        Assert.Contains(button, page, StringComparison.Ordinal);
        Assert.Contains("id=\"nav-tokens\"", page, StringComparison.Ordinal);
    }
}
