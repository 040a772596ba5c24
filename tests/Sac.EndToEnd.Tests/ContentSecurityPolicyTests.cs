using Microsoft.Playwright;

namespace Sac.EndToEnd.Tests;

/// <summary>
/// The browser enforces the Content-Security-Policy: a page that needed inline script or style, or something from another
/// origin, would log a violation and lose that part. The pages each role uses are opened and their scripts run.
/// </summary>
public sealed class ContentSecurityPolicyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData("finder@demo.sac", "Demo-Finder-2025!", new[] { "/", "/Findings/New", "/Tokens", "/Tokens/Issue", "/Invitation/Accept?user=someone&token=secret", "/PlaceBans/Active" })]
    [InlineData("official@demo.sac", "Demo-Official-2025!", new[] { "/", "/Dashboard", "/Cases", "/Cases?Municipality=44021&Status=Registered", "/Cases?Municipality=44021&Queue=ToNotify", "/PostTray", "/Collection", "/Statistics", "/Payments/44021", "/Validations", "/CollegeSanctions/44021", "/CollegeSanctions/44021/New", "/PlaceBans/44021", "/PlaceBans/44021/New" })]
    [InlineData("admin@demo.sac", "Demo-Admin-2025!", new[] { "/Municipalities", "/Municipalities/Details/44021", "/Municipalities/EditInfraction/44021/LITTER", "/Municipalities/EditSettings/44021", "/Tokens", "/Statistics?Municipality=44021", "/Users", "/Users/Invite", "/Devices", "/Devices/New" })]
    [InlineData("auditor@demo.sac", "Demo-Auditor-2025!", new[] { "/Audit", "/DataProtection", "/Statistics", "/CollegeSanctions/44021", "/PlaceBans/44021" })]
    public async Task No_page_breaks_the_policy(string email, string password, string[] paths)
    {
        await using var context = await fixture.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add($"{page.Url}: {message.Text}");
            }
        };

        await fixture.SignInAsync(page, email, password);
        foreach (var path in paths)
        {
            var response = await page.GotoAsync($"{fixture.App.BaseUrl}{path}", new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
            Assert.True(response is { Ok: true }, $"{path} answered {response?.Status}");
        }

        Assert.Empty(violations);
    }
}
