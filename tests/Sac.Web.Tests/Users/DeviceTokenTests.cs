using System.Net;
using System.Text.RegularExpressions;
using Sac.Application.Common;
using Sac.Testing;
using Sac.Web.Tests.Audit;
using Sac.Web.Tests.Browser;
using Sac.Web.Tests.Support;

namespace Sac.Web.Tests.Users;

/// <summary>
/// A municipal administrator issues a device token for a finder of their municipality, shown once, which records
/// findings on the API; they revoke the tokens of their municipality's users (browser and API alike), not those of
/// another municipality's users nor a system administrator's. A finder issues tokens for themselves.
/// </summary>
public sealed partial class DeviceTokenTests(SacAppFactory app) : IClassFixture<SacAppFactory>
{
    [Fact]
    public async Task An_administrator_issues_a_token_for_a_finder_shown_once_that_records_findings()
    {
        var gentAdmin = await app.CreateUserAsync("gent-admin", [Roles.MunicipalAdmin], ["44021"]);
        var finder = await app.CreateUserAsync("finder", [Roles.Finder], ["44021"]);
        var admin = await BrowserSession.SignedInAsync(app, gentAdmin, UserAdministration.NewPassword);

        using var issued = await admin.PostFormAsync(
            "/Tokens/Issue", new() { ["OwnerId"] = await app.UserIdAsync(finder), ["Name"] = "Telefoon wijkteam 3" });

        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        var token = IssuedToken().Match(await issued.Content.ReadAsStringAsync()).Groups[1].Value;
        using var device = app.CreateApiClient(token);
        var recorded = await device.RecordAsync(FindingRequests.Example(FindingRequests.NewExternalId("device")));
        Assert.NotNull(recorded["id"]);
        var list = await admin.GetPageAsync("/Tokens");
        Assert.Contains("Telefoon wijkteam 3", list, StringComparison.Ordinal);
        Assert.DoesNotContain(token, list, StringComparison.Ordinal);
        var created = (await app.EntriesAboutAsync(finder)).Single("ApiTokenCreated");
        Assert.Equal(gentAdmin, created["user"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_finder_issues_a_token_for_themselves()
    {
        var finder = await BrowserSession.SignedInAsync(app, "finder@demo.sac", "Demo-Finder-2025!");

        using var issued = await finder.PostFormAsync(
            "/Tokens/Issue", new() { ["OwnerId"] = await app.UserIdAsync("finder@demo.sac"), ["Name"] = "Eigen telefoon" });

        var token = IssuedToken().Match(await issued.Content.ReadAsStringAsync()).Groups[1].Value;
        await (await app.CreateApiClient(token).GetAsync("/api/v1/cases")).AssertStatusAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_administrator_issues_no_token_for_another_municipalitys_finder()
    {
        var gentAdmin = await app.CreateUserAsync("gent-admin", [Roles.MunicipalAdmin], ["44021"]);
        var admin = await BrowserSession.SignedInAsync(app, gentAdmin, UserAdministration.NewPassword);

        using var refused = await admin.PostFormAsync(
            "/Tokens/Issue", new() { ["OwnerId"] = await app.UserIdAsync("outsider@demo.sac"), ["Name"] = "Niet van Gent" });

        Assert.StartsWith("/Account/AccessDenied", refused.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        Assert.DoesNotContain("ApiTokenCreated", (await app.EntriesAboutAsync("outsider@demo.sac")).Actions());
    }

    [Fact]
    public async Task An_administrator_revokes_their_municipalitys_tokens_in_the_browser_and_the_api_but_no_others()
    {
        var gentAdmin = await app.CreateUserAsync("gent-admin", [Roles.MunicipalAdmin], ["44021"]);
        var finder = await app.CreateUserAsync("finder", [Roles.Finder], ["44021"]);
        var (inBrowser, browserToken) = await app.IssueTokenAsync(finder, "Telefoon 1");
        var (onApi, apiToken) = await app.IssueTokenAsync(finder, "Telefoon 2");
        var (outsiders, outsiderToken) = await app.IssueTokenAsync("outsider@demo.sac");
        var (systemAdmins, systemAdminToken) = await app.IssueTokenAsync(UserAdministration.SystemAdmin);
        var (_, adminToken) = await app.IssueTokenAsync(gentAdmin);
        var admin = await BrowserSession.SignedInAsync(app, gentAdmin, UserAdministration.NewPassword);
        using var adminApi = app.CreateApiClient(adminToken);
        var page = await admin.GetPageAsync("/Tokens");
        Assert.Contains($"data-token=\"{inBrowser}\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-token=\"{outsiders}\"", page, StringComparison.Ordinal);

        using var revokedInBrowser = await admin.PostFormAsync("/Tokens", $"/Tokens/{inBrowser}/Revoke", []);
        using var revokedOnApi = await adminApi.DeleteAsync($"/api/v1/tokens/{onApi}");
        using var foreignInBrowser = await admin.PostFormAsync("/Tokens", $"/Tokens/{outsiders}/Revoke", []);
        using var foreignOnApi = await adminApi.DeleteAsync($"/api/v1/tokens/{outsiders}");
        using var aboveOnApi = await adminApi.DeleteAsync($"/api/v1/tokens/{systemAdmins}");

        Assert.Equal(HttpStatusCode.Redirect, revokedInBrowser.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, revokedOnApi.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateApiClient(browserToken).GetAsync("/api/v1/cases")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateApiClient(apiToken).GetAsync("/api/v1/cases")).StatusCode);
        Assert.StartsWith("/Account/AccessDenied", foreignInBrowser.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, foreignOnApi.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, aboveOnApi.StatusCode);
        await (await app.CreateApiClient(outsiderToken).GetAsync("/api/v1/cases")).AssertStatusAsync(HttpStatusCode.OK);
        await (await app.CreateApiClient(systemAdminToken).GetAsync("/api/v1/cases")).AssertStatusAsync(HttpStatusCode.OK);
        Assert.Equal(2, (await app.EntriesAboutAsync(finder)).Actions().Count(a => a == "ApiTokenRevoked"));
    }

    [GeneratedRegex("id=\"issued-token\" value=\"([^\"]+)\"")]
    private static partial Regex IssuedToken();
}
