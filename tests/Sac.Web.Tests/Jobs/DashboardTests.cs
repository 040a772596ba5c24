using System.Net;
using System.Security.Claims;
using System.Text.RegularExpressions;
using Hangfire;
using Hangfire.Dashboard;
using Hangfire.InMemory;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Sac.Application.Common;
using Sac.Testing;
using Sac.Web.Hosting;
using Sac.Web.Tests.Browser;

namespace Sac.Web.Tests.Jobs;

/// <summary>/hangfire is for system administrators signed in to the browser, and its actions need the page's antiforgery token.</summary>
public sealed partial class DashboardTests(SacAppFactory app) : IClassFixture<SacAppFactory>
{
    private const string Dashboard = "/hangfire";

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_the_sign_in_page()
    {
        var response = await new BrowserSession(app).GetAsync(Dashboard);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/SignIn", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sanctioning_official_is_refused()
    {
        var official = await BrowserSession.SignedInAsync(app, "official@demo.sac", "Demo-Official-2025!");

        var response = await official.GetAsync(Dashboard);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_api_token_does_not_open_it_even_for_an_admin()
    {
        using var admin = app.CreateApiClient(DemoTokens.Admin);

        using var response = await admin.GetAsync(new Uri(Dashboard, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/SignIn", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_system_administrator_sees_it()
    {
        var admin = await BrowserSession.SignedInAsync(app, "admin@demo.sac", "Demo-Admin-2025!");

        var response = await admin.GetAsync(Dashboard);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Sac – background jobs", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_action_needs_the_pages_antiforgery_token_even_from_an_administrator()
    {
        var jobId = app.Services.GetRequiredService<IBackgroundJobClient>().Schedule(() => Console.WriteLine("dashboard test"), TimeSpan.FromDays(1));
        var admin = await BrowserSession.SignedInAsync(app, "admin@demo.sac", "Demo-Admin-2025!");
        var delete = $"{Dashboard}/jobs/scheduled/delete";

        using var forged = new FormUrlEncodedContent([new("jobs[]", jobId)]);
        var refused = await admin.PostAsync(delete, forged);
        var stateAfterRefusal = StateOf(jobId);

        var page = await (await admin.GetAsync($"{Dashboard}/jobs/scheduled")).Content.ReadAsStringAsync();
        using var genuine = new FormUrlEncodedContent([new("jobs[]", jobId), new("__RequestVerificationToken", CsrfToken().Match(page).Groups[1].Value)]);
        var accepted = await admin.PostAsync(delete, genuine);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("Scheduled", stateAfterRefusal);
        Assert.True(accepted.IsSuccessStatusCode, $"{(int)accepted.StatusCode} {accepted.StatusCode}");
        Assert.Equal("Deleted", StateOf(jobId));
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData(Roles.SanctioningOfficial, false)]
    [InlineData(Roles.MunicipalAdmin, false)]
    [InlineData(Roles.SystemAdmin, true)]
    public void The_dashboards_own_filter_lets_in_system_administrators_only(string? role, bool allowed)
    {
        var identity = role is null ? new ClaimsIdentity() : new ClaimsIdentity([new Claim(ClaimTypes.Role, role)], "cookie");
        var http = new DefaultHttpContext { User = new ClaimsPrincipal(identity), RequestServices = new ServiceCollection().BuildServiceProvider() };
        using var storage = new InMemoryStorage();
        var context = new AspNetCoreDashboardContext(storage, new DashboardOptions(), http);

        Assert.Equal(allowed, new HangfireDashboardSetup.SystemAdminOnly().Authorize(context));
    }

    private string StateOf(string jobId) => app.Services.GetRequiredService<JobStorage>().GetMonitoringApi().JobDetails(jobId).History[0].StateName;

    /// <summary>The token the dashboard's pages carry for their scripts.</summary>
    [GeneratedRegex("<meta name=\"csrf-token\" content=\"([^\"]+)\"")]
    private static partial Regex CsrfToken();
}
