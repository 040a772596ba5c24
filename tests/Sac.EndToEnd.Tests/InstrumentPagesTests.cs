using Microsoft.Playwright;

namespace Sac.EndToEnd.Tests;

/// <summary>
/// The pages of the other instruments (bank statements, device validation, devices, college sanctions, place bans) in
/// both languages, for the user with every role: the unfolded menu stays on one line, each entry unwrapped, and the page no
/// wider than a desktop window; each page is photographed for review.
/// </summary>
public sealed class InstrumentPagesTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly (string Path, string Name)[] Pages =
    [
        ("/Dashboard", "instruments-1-dashboard"),
        ("/Payments/44021", "instruments-2-bank-statements"),
        ("/Validations", "instruments-3-validations"),
        ("/Devices", "instruments-4-devices"),
        ("/CollegeSanctions/44021/New", "instruments-5-college-sanction-form"),
        ("/PlaceBans/44021/New", "instruments-6-place-ban-form"),
    ];

    [Theory]
    [InlineData("nl-BE")]
    [InlineData("fr-BE")]
    public async Task Every_instrument_page_opens_under_a_menu_on_one_line(string locale)
    {
        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = locale,
            ViewportSize = new ViewportSize { Width = 1440, Height = 900 },
        });
        var page = await context.NewPageAsync();
        await fixture.SignInAsync(page, "admin@demo.sac", "Demo-Admin-2025!");

        foreach (var (path, name) in Pages)
        {
            var response = await page.GotoAsync($"{fixture.App.BaseUrl}{path}", new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
            Assert.True(response is { Ok: true }, $"{path} answered {response?.Status}");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.Screenshot(locale, name), FullPage = true });
            var menu = await page.EvaluateAsync<int[]>("""
                () => {
                    const links = [...document.querySelectorAll('#main-nav > ul > li > .nav-link')].map(link => link.getBoundingClientRect());
                    return [new Set(links.map(box => Math.round(box.top))).size, Math.round(Math.max(...links.map(box => box.height)) - Math.min(...links.map(box => box.height))),
                        document.documentElement.scrollWidth - window.innerWidth];
                }
                """);
            Assert.True(menu is [1, 0, <= 0], $"{path}: menu rows {menu[0]}, wrapped by {menu[1]} px, page wider than the window by {menu[2]} px");
        }
    }
}
