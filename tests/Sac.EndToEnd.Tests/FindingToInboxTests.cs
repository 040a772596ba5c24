using Microsoft.Playwright;

namespace Sac.EndToEnd.Tests;

/// <summary>A finder records a finding on a phone; the sanctioning official finds the case in the inbox.</summary>
public sealed class FindingToInboxTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData("nl-BE")]
    [InlineData("fr-BE")]
    public async Task Finder_records_a_finding_on_a_phone_and_the_official_finds_it_in_the_inbox(string locale)
    {
        var phone = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = locale,
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            IsMobile = true,
            HasTouch = true,
        });
        var finder = await phone.NewPageAsync();
        await fixture.SignInAsync(finder, "finder@demo.sac", "Demo-Finder-2025!");

        await finder.GotoAsync($"{fixture.App.BaseUrl}/Findings/New");
        await finder.SelectOptionAsync("#Municipality", "44021");
        await finder.SelectOptionAsync("#InfractionCode", "LITTER");
        await finder.FillAsync("#FactsAt", "2025-03-09T21:30");
        await finder.FillAsync("#Street", "Korenmarkt");
        await finder.FillAsync("#HouseNumber", "1");
        await finder.FillAsync("#PostalCode", "9000");
        await finder.FillAsync("#City", "Gent");
        await finder.CheckAsync("#OffenderType-Person");
        await finder.FillAsync("#NationalRegisterNumber", "88022999990");
        await finder.FillAsync("#LastName", "Peeters");
        await finder.FillAsync("#FirstName", "Jan");
        await finder.FillAsync("#Description", locale == "nl-BE" ? "Blikje op de grond gegooid." : "Canette jetée par terre.");
        await finder.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.Screenshot(locale, "1-finding-form"), FullPage = true });
        await finder.ClickAsync("#record-finding");

        var caseNumber = (await finder.Locator("#case-number").InnerTextAsync()).Trim();
        Assert.Matches(@"^44021-2025-\d{6}$", caseNumber);
        await finder.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.Screenshot(locale, "2-finding-recorded"), FullPage = true });

        var desk = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = locale });
        var official = await desk.NewPageAsync();
        await fixture.SignInAsync(official, "official@demo.sac", "Demo-Official-2025!");
        await official.GotoAsync($"{fixture.App.BaseUrl}/Cases?Municipality=44021");
        var row = official.Locator($"#cases [data-case-number='{caseNumber}']");
        await Assertions.Expect(row).ToBeVisibleAsync();
        await official.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.Screenshot(locale, "3-inbox"), FullPage = true });

        await row.Locator("a").First.ClickAsync();
        await Assertions.Expect(official.Locator("#case-number")).ToContainTextAsync(caseNumber);
        await Assertions.Expect(official.Locator("#maximum-fine")).ToContainTextAsync("350");
        await official.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.Screenshot(locale, "4-case"), FullPage = true });

        await phone.CloseAsync();
        await desk.CloseAsync();
    }

}
