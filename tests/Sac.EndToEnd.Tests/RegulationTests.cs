using Microsoft.Playwright;

namespace Sac.EndToEnd.Tests;

/// <summary>A municipal administrator adds a version of an infraction; the regulation and its history show it.</summary>
public sealed class RegulationTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData("nl-BE", "44021")]
    [InlineData("fr-BE", "62063")]
    public async Task Administrator_lowers_a_maximum_from_a_date_and_the_regulation_shows_both_versions(string locale, string nis)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = locale });
        var admin = await context.NewPageAsync();
        await fixture.SignInAsync(admin, "admin@demo.sac", "Demo-Admin-2025!");

        await admin.GotoAsync($"{fixture.App.BaseUrl}/Municipalities/EditInfraction/{nis}/LITTER");
        await admin.FillAsync("#ValidFrom", "2025-01-01");
        await admin.FillAsync("#MaximumAmount", "300");
        await admin.FillAsync("#DefaultAmount", "90");
        await admin.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.Screenshot(locale, "5-edit-infraction"), FullPage = true });
        await admin.ClickAsync("#save-infraction");

        await admin.WaitForURLAsync($"**/Municipalities/Details/{nis}");
        var litterVersions = admin.Locator("#history tr", new PageLocatorOptions { HasText = "LITTER" });
        await Assertions.Expect(litterVersions).ToHaveCountAsync(2);
        await Assertions.Expect(admin.Locator("#regulation tr", new PageLocatorOptions { HasText = "LITTER" })).ToContainTextAsync("300");
        await admin.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.Screenshot(locale, "6-regulation"), FullPage = true });
        await context.CloseAsync();
    }
}
