using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Sac.Application.Common;
using Sac.Testing;
using Sac.Web.Tests.Audit;
using Sac.Web.Tests.Browser;

namespace Sac.Web.Tests.Users;

/// <summary>
/// An administrator invites a user, who chooses a password meeting the policy with the one-time link and is signed in;
/// a municipal administrator invites only into their municipalities and never makes a system administrator.
/// </summary>
public sealed class InvitationTests(SacAppFactory app) : IClassFixture<SacAppFactory>
{
    [Fact]
    public async Task The_invitee_sets_a_password_with_the_link_and_signs_in_with_it()
    {
        var email = UserAdministration.NewEmail("finder");
        var admin = await BrowserSession.SignedInAsync(app, UserAdministration.SystemAdmin, UserAdministration.SystemAdminPassword);
        var link = await admin.InviteAsync(email, [Roles.Finder], ["44021"]);
        Assert.False((await app.TrySignInAsync(email, UserAdministration.NewPassword)).SignedIn);

        var invitee = new BrowserSession(app);
        using var accepted = await invitee.AcceptAsync(link, UserAdministration.NewPassword);

        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        await invitee.GetPageAsync("/Findings/New");
        Assert.True((await app.TrySignInAsync(email, UserAdministration.NewPassword)).SignedIn);
        var entries = await app.EntriesAboutAsync(email);
        Assert.Equal("{\"municipalities\":\"44021\",\"roles\":\"Finder\"}", entries.Single("UserInvited")["after"]!.ToJsonString());
        Assert.Equal(UserAdministration.SystemAdmin, entries.Single("UserInvited")["user"]!.GetValue<string>());
        Assert.Equal(email, entries.Single("InvitationAccepted")["user"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("nl-BE", "Het wachtwoord moet minstens 12 tekens tellen, met een hoofdletter, een kleine letter, een cijfer en een ander teken.")]
    [InlineData("fr-BE", "Le mot de passe doit compter au moins 12 caractères, dont une majuscule, une minuscule, un chiffre et un autre caractère.")]
    public async Task A_weak_password_is_refused_with_the_policy_in_the_users_language_and_the_link_still_works(string culture, string policy)
    {
        var email = UserAdministration.NewEmail("weak");
        var admin = await BrowserSession.SignedInAsync(app, UserAdministration.SystemAdmin, UserAdministration.SystemAdminPassword);
        var link = await admin.InviteAsync(email, [Roles.Finder], ["44021"]);
        var invitee = new BrowserSession(app, culture);

        using var refused = await invitee.AcceptAsync(link, "kort1!");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains(policy, WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.False((await app.TrySignInAsync(email, "kort1!")).SignedIn);
        using var accepted = await invitee.AcceptAsync(link, UserAdministration.NewPassword);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
    }

    [Fact]
    public async Task The_link_works_once()
    {
        var email = UserAdministration.NewEmail("once");
        var admin = await BrowserSession.SignedInAsync(app, UserAdministration.SystemAdmin, UserAdministration.SystemAdminPassword);
        var link = await admin.InviteAsync(email, [Roles.Finder], ["44021"]);
        using var accepted = await new BrowserSession(app).AcceptAsync(link, UserAdministration.NewPassword);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);

        using var again = await new BrowserSession(app).AcceptAsync(link, "Ander-Wachtwoord-2025!");

        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("Deze uitnodigingslink is ongeldig", WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.False((await app.TrySignInAsync(email, "Ander-Wachtwoord-2025!")).SignedIn);
    }

    [Fact]
    public async Task An_expired_link_is_refused()
    {
        // The link's lifetime is Identity's token lifespan; one of a millisecond has passed by the time the invitee opens it.
        using var shortLived = app.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromMilliseconds(1))));
        var email = UserAdministration.NewEmail("late");
        var admin = await BrowserSession.SignedInAsync(shortLived, UserAdministration.SystemAdmin, UserAdministration.SystemAdminPassword);
        var link = await admin.InviteAsync(email, [Roles.Finder], ["44021"]);
        await Task.Delay(TimeSpan.FromMilliseconds(50));

        using var late = await new BrowserSession(shortLived).AcceptAsync(link, UserAdministration.NewPassword);

        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
        Assert.False((await app.TrySignInAsync(email, UserAdministration.NewPassword)).SignedIn);
    }

    [Theory]
    [InlineData(Roles.Finder, "11002")]
    [InlineData(Roles.SystemAdmin, "44021")]
    public async Task A_municipal_admin_invites_neither_into_another_municipality_nor_a_system_admin(string role, string nis)
    {
        var gentAdmin = await app.CreateUserAsync("gent-admin", [Roles.MunicipalAdmin], ["44021"]);
        var admin = await BrowserSession.SignedInAsync(app, gentAdmin, UserAdministration.NewPassword);
        var email = UserAdministration.NewEmail("refused");

        using var refused = await admin.PostInvitationAsync(email, [role], [nis]);

        Assert.StartsWith("/Account/AccessDenied", refused.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        Assert.False(await app.ExistsAsync(email));
    }

    [Fact]
    public async Task A_municipal_admin_invites_into_their_municipality()
    {
        var gentAdmin = await app.CreateUserAsync("gent-admin", [Roles.MunicipalAdmin], ["44021"]);
        var admin = await BrowserSession.SignedInAsync(app, gentAdmin, UserAdministration.NewPassword);
        var email = UserAdministration.NewEmail("gent-finder");

        await admin.InviteAsync(email, [Roles.Finder, Roles.SanctioningOfficial], ["44021"]);

        Assert.True(await app.ExistsAsync(email));
        Assert.Contains($"data-email=\"{email}\"", await admin.GetPageAsync("/Users"), StringComparison.Ordinal);
    }
}
