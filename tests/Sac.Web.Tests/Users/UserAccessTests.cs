using System.Net;
using Sac.Application.Common;
using Sac.Testing;
using Sac.Web.Tests.Audit;
using Sac.Web.Tests.Browser;
using Sac.Web.Tests.Support;

namespace Sac.Web.Tests.Users;

/// <summary>
/// Deactivation stops sign-in and the user's API tokens at once, reactivation restores both; nobody deactivates
/// themselves or leaves a municipality without an active administrator; a change of access leaves the municipalities
/// the administrator does not administer as they were. Every change is in the audit trail.
/// </summary>
public sealed class UserAccessTests(SacAppFactory app) : IClassFixture<SacAppFactory>
{
    [Fact]
    public async Task Deactivation_blocks_sign_in_and_the_users_token_at_once_and_reactivation_restores_them()
    {
        var finder = await app.CreateUserAsync("finder", [Roles.Finder], ["44021"]);
        var id = await app.UserIdAsync(finder);
        var (_, token) = await app.IssueTokenAsync(finder);
        using var device = app.CreateApiClient(token);
        await (await device.GetAsync("/api/v1/cases")).AssertStatusAsync(HttpStatusCode.OK);
        var admin = await BrowserSession.SignedInAsync(app, UserAdministration.SystemAdmin, UserAdministration.SystemAdminPassword);

        using var deactivated = await admin.PostFormAsync($"/Users/{id}", $"/Users/{id}/Deactivate", []);

        Assert.Equal(HttpStatusCode.Redirect, deactivated.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await device.GetAsync("/api/v1/cases")).StatusCode);
        var (signedIn, page) = await app.TrySignInAsync(finder, UserAdministration.NewPassword);
        Assert.False(signedIn);
        Assert.Contains("Uw account is gedeactiveerd", page, StringComparison.Ordinal);

        using var reactivated = await admin.PostFormAsync($"/Users/{id}", $"/Users/{id}/Reactivate", []);

        Assert.Equal(HttpStatusCode.Redirect, reactivated.StatusCode);
        await (await device.GetAsync("/api/v1/cases")).AssertStatusAsync(HttpStatusCode.OK);
        Assert.True((await app.TrySignInAsync(finder, UserAdministration.NewPassword)).SignedIn);
        var actions = (await app.EntriesAboutAsync(finder)).Actions();
        Assert.Contains("UserDeactivated", actions);
        Assert.Contains("UserReactivated", actions);
    }

    [Fact]
    public async Task An_administrator_cannot_deactivate_themselves()
    {
        var gentAdmin = await app.CreateUserAsync("gent-admin", [Roles.MunicipalAdmin], ["44021"]);
        var id = await app.UserIdAsync(gentAdmin);
        var admin = await BrowserSession.SignedInAsync(app, gentAdmin, UserAdministration.NewPassword);

        using var refused = await admin.PostFormAsync($"/Users/{id}", $"/Users/{id}/Deactivate", []);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("U kunt uzelf niet deactiveren", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.True((await app.TrySignInAsync(gentAdmin, UserAdministration.NewPassword)).SignedIn);
    }

    [Fact]
    public async Task The_last_active_administrator_of_a_municipality_is_neither_deactivated_nor_demoted()
    {
        // Antwerpen has no other administrator (the demo system administrator administers Gent, Brussel and Liège).
        var antwerpAdmin = await app.CreateUserAsync("antwerp-admin", [Roles.MunicipalAdmin], ["11002"]);
        var id = await app.UserIdAsync(antwerpAdmin);
        var admin = await BrowserSession.SignedInAsync(app, UserAdministration.SystemAdmin, UserAdministration.SystemAdminPassword);

        using var deactivation = await admin.PostFormAsync($"/Users/{id}", $"/Users/{id}/Deactivate", []);
        using var demotion = await admin.PostFormAsync($"/Users/{id}", new() { ["Roles[0]"] = Roles.Finder, ["Municipalities[0]"] = "11002" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, deactivation.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, demotion.StatusCode);
        Assert.Contains("laatste actieve beheerder", WebUtility.HtmlDecode(await demotion.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.True((await app.TrySignInAsync(antwerpAdmin, UserAdministration.NewPassword)).SignedIn);
        Assert.DoesNotContain("UserAccessChanged", (await app.EntriesAboutAsync(antwerpAdmin)).Actions());
    }

    [Fact]
    public async Task A_change_of_access_leaves_the_municipalities_the_administrator_does_not_administer()
    {
        var gentAdmin = await app.CreateUserAsync("gent-admin", [Roles.MunicipalAdmin], ["44021"]);
        var official = await app.CreateUserAsync("official", [Roles.SanctioningOfficial], ["44021", "21004"]);
        var id = await app.UserIdAsync(official);
        var admin = await BrowserSession.SignedInAsync(app, gentAdmin, UserAdministration.NewPassword);

        // Gent is taken away, Finder given; Brussel is not the Gent administrator's to take.
        using var changed = await admin.PostFormAsync($"/Users/{id}", new() { ["Roles[0]"] = Roles.SanctioningOfficial, ["Roles[1]"] = Roles.Finder });

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var entry = (await app.EntriesAboutAsync(official)).Single("UserAccessChanged");
        Assert.Equal("{\"municipalities\":\"21004,44021\",\"roles\":\"SanctioningOfficial\"}", entry["before"]!.ToJsonString());
        Assert.Equal("{\"municipalities\":\"21004\",\"roles\":\"Finder,SanctioningOfficial\"}", entry["after"]!.ToJsonString());
        Assert.Equal(gentAdmin, entry["user"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_municipal_administrator_changes_nobody_outside_their_municipalities()
    {
        var gentAdmin = await app.CreateUserAsync("gent-admin", [Roles.MunicipalAdmin], ["44021"]);
        var outsider = await app.UserIdAsync("outsider@demo.sac");
        var systemAdmin = await app.UserIdAsync(UserAdministration.SystemAdmin);
        var admin = await BrowserSession.SignedInAsync(app, gentAdmin, UserAdministration.NewPassword);

        using var foreign = await admin.PostFormAsync("/Users", $"/Users/{outsider}/Deactivate", []);
        using var above = await admin.PostFormAsync("/Users", $"/Users/{systemAdmin}/Deactivate", []);

        Assert.StartsWith("/Account/AccessDenied", foreign.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        Assert.StartsWith("/Account/AccessDenied", above.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        Assert.True((await app.TrySignInAsync("outsider@demo.sac", "Demo-Outsider-2025!")).SignedIn);
    }
}
