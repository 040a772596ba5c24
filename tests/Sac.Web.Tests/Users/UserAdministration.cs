using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sac.Infrastructure.Persistence;
using Sac.Testing;
using Sac.Web.Tests.Browser;

namespace Sac.Web.Tests.Users;

/// <summary>Inviting users through the Users page and accepting the link, as an administrator and the invitee do.</summary>
internal static partial class UserAdministration
{
    public const string SystemAdmin = "admin@demo.sac";
    public const string SystemAdminPassword = "Demo-Admin-2025!";
    public const string NewPassword = "Nieuw-Wachtwoord-2025!";

    public static string NewEmail(string who) => $"{who}-{Guid.NewGuid():N}@gemeente.test";

    /// <summary>Posts the invitation form; the answer is the page showing the link, or the refusal.</summary>
    public static Task<HttpResponseMessage> PostInvitationAsync(this BrowserSession admin, string email, string[] roles, string[] municipalities)
    {
        var fields = new Dictionary<string, string> { ["Email"] = email, ["DisplayName"] = "Nieuwe Collega" };
        AddList(fields, "Roles", roles);
        AddList(fields, "Municipalities", municipalities);
        return admin.PostFormAsync("/Users/Invite", fields);
    }

    /// <returns>The invitation link's path and query, as the page shows it once.</returns>
    public static async Task<string> InviteAsync(this BrowserSession admin, string email, string[] roles, string[] municipalities)
    {
        using var response = await admin.PostInvitationAsync(email, roles, municipalities);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var link = InvitationLink().Match(WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync())).Groups[1].Value;
        return new Uri(link).PathAndQuery;
    }

    public static async Task<HttpResponseMessage> AcceptAsync(this BrowserSession invitee, string link, string password)
    {
        var query = System.Web.HttpUtility.ParseQueryString(new Uri(new Uri("http://localhost"), link).Query);
        return await invitee.PostFormAsync(link, "/Invitation/Accept", new()
        {
            ["User"] = query["user"]!,
            ["Token"] = query["token"]!,
            ["Password"] = password,
            ["ConfirmPassword"] = password,
        });
    }

    /// <summary>Invites a user as the system administrator and accepts the invitation: a user who can sign in.</summary>
    public static async Task<string> CreateUserAsync(this SacAppFactory app, string who, string[] roles, string[] municipalities)
    {
        var email = NewEmail(who);
        var admin = await BrowserSession.SignedInAsync(app, SystemAdmin, SystemAdminPassword);
        var link = await admin.InviteAsync(email, roles, municipalities);
        using var accepted = await new BrowserSession(app).AcceptAsync(link, NewPassword);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        return email;
    }

    public static async Task<string> UserIdAsync(this SacAppFactory app, string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SacDbContext>().Users.Where(u => u.UserName == email).Select(u => u.Id).SingleAsync();
    }

    public static async Task<bool> ExistsAsync(this SacAppFactory app, string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SacDbContext>().Users.AnyAsync(u => u.UserName == email);
    }

    /// <summary>Whether the sign-in form lets the user in (a redirect) rather than showing itself again.</summary>
    public static async Task<(bool SignedIn, string Page)> TrySignInAsync(this SacAppFactory app, string email, string password)
    {
        using var response = await new BrowserSession(app).PostFormAsync("/Account/SignIn", new() { ["Email"] = email, ["Password"] = password });
        return (response.StatusCode == HttpStatusCode.Redirect, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    private static void AddList(Dictionary<string, string> fields, string name, string[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            fields[$"{name}[{i}]"] = values[i];
        }
    }

    [GeneratedRegex("id=\"invitation-link\" value=\"([^\"]+)\"")]
    private static partial Regex InvitationLink();
}
