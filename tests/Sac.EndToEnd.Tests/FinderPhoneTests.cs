using Microsoft.Playwright;

namespace Sac.EndToEnd.Tests;

/// <summary>
/// The finder's page on a phone: the regulation searched by words in the user's language, the position from the device,
/// a photo from the camera; and without a connection, findings kept on the phone and sent, each once, when it returns.
/// </summary>
public sealed class FinderPhoneTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData("nl-BE", "afval OPENBARE")]
    [InlineData("fr-BE", "DECHETS voie")]
    public async Task Finder_searches_the_regulation_in_their_language_uses_the_location_and_records_with_a_photo(string locale, string words)
    {
        await using var phone = await fixture.Browser.NewContextAsync(FinderPhone.Context(locale));
        var finder = await phone.NewPageAsync();
        await fixture.SignInAsync(finder, "finder@demo.sac", "Demo-Finder-2025!");
        await finder.GotoAsync($"{fixture.App.BaseUrl}/Findings/New");

        await finder.SelectOptionAsync("#Municipality", "44021");
        await finder.FillAsync("#FactsAt", "2025-03-09T21:30");
        await finder.FillAsync("#infraction-search", words);
        await Assertions.Expect(finder.Locator("#InfractionCode option")).ToHaveCountAsync(2);
        await Assertions.Expect(finder.Locator("#InfractionCode")).ToHaveValueAsync("LITTER");
        await finder.ClickAsync("#use-location");
        await Assertions.Expect(finder.Locator("#Latitude")).ToHaveValueAsync("51.054800");
        await Assertions.Expect(finder.Locator("#location-status")).ToContainTextAsync("12 m");
        await FinderPhone.FillOffenderAsync(finder, "Korenmarkt", "9000", "Gent", "88022999990");
        await finder.SetInputFilesAsync("#Photos", FinderPhone.Photo("blikje.jpg"));
        Assert.True(await finder.EvaluateAsync<bool>($"document.documentElement.scrollWidth <= {FinderPhone.Width}"), "the page is wider than the phone");
        await finder.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.Screenshot(locale, "phone-finding-form"), FullPage = true });
        await finder.ClickAsync("#record-finding");

        await Assertions.Expect(finder.Locator("#case-number")).ToContainTextAsync("44021-2025-");
    }

    [Fact]
    public async Task Findings_recorded_offline_wait_on_the_phone_and_are_sent_once_when_the_connection_returns()
    {
        const string locale = "nl-BE";
        await using var phone = await fixture.Browser.NewContextAsync(FinderPhone.Context(locale));
        var finder = await phone.NewPageAsync();
        await fixture.SignInAsync(finder, "finder@demo.sac", "Demo-Finder-2025!");
        await finder.GotoAsync($"{fixture.App.BaseUrl}/Findings/New");
        await finder.EvaluateAsync("navigator.serviceWorker.ready.then(() => true)");
        // Loaded once through the service worker, the page, its scripts and its regulation are kept for offline use.
        await finder.ReloadAsync(new PageReloadOptions { WaitUntil = WaitUntilState.NetworkIdle });
        Assert.True(await finder.EvaluateAsync<bool>("navigator.serviceWorker.controller !== null"), "no service worker serves the page");

        await phone.SetOfflineAsync(true);
        await finder.ReloadAsync();
        await RecordAsync(finder, "afval", "Korenmarkt", FinderPhone.Photo("blikje.jpg"));
        await RecordAsync(finder, "urineren", "Veldstraat", null);

        await Assertions.Expect(finder.Locator("#pending-count")).ToHaveTextAsync("2");
        await Assertions.Expect(finder.Locator("#pending-list li")).ToHaveCountAsync(2);
        await Assertions.Expect(finder.Locator("#pending-list")).ToContainTextAsync("URINATE");
        await finder.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.Screenshot(locale, "phone-pending-findings"), FullPage = true });
        var externalIds = await finder.EvaluateAsync<string[]>(
            "PendingFindings.all().then(findings => { window.answerLost = findings[0]; return findings.map(f => f.externalId); })");

        await phone.SetOfflineAsync(false);

        await Assertions.Expect(finder.Locator("#pending-findings")).ToBeHiddenAsync();
        Assert.All(externalIds, externalId => Assert.Equal(1, CasesWith(externalId)));

        // The first one again, as if its answer had been lost on the way: the server answers with the case it opened.
        var sentAgain = await finder.EvaluateAsync<int>(
            "PendingFindings.put(window.answerLost).then(() => PendingFindings.sendAll({ page: '/Findings/New', send: '/Findings/Queued' })).then(o => o.sent)");
        Assert.Equal(1, sentAgain);
        Assert.Equal(0, await finder.EvaluateAsync<int>("PendingFindings.all().then(findings => findings.length)"));
        Assert.All(externalIds, externalId => Assert.Equal(1, CasesWith(externalId)));
    }

    [Fact]
    public async Task A_finding_whose_post_does_not_get_through_is_kept_by_the_service_worker_and_sent_later()
    {
        await using var phone = await fixture.Browser.NewContextAsync(FinderPhone.Context("fr-BE"));
        var finder = await phone.NewPageAsync();
        await fixture.SignInAsync(finder, "finder@demo.sac", "Demo-Finder-2025!");
        await finder.GotoAsync($"{fixture.App.BaseUrl}/Findings/New");
        await finder.EvaluateAsync("navigator.serviceWorker.ready.then(() => true)");
        await finder.ReloadAsync(new PageReloadOptions { WaitUntil = WaitUntilState.NetworkIdle });
        // The phone believes it is online; the network drops the form's post.
        await phone.RouteAsync("**/Findings/New", route => route.Request.Method == "POST" ? route.AbortAsync("internetdisconnected") : route.ContinueAsync());

        await RecordAsync(finder, "uriner", "Veldstraat", FinderPhone.Photo("mur.jpg"));

        await Assertions.Expect(finder.Locator("#pending-list")).ToContainTextAsync("URINATE");
        var externalId = await finder.EvaluateAsync<string>("PendingFindings.all().then(findings => findings[0].externalId)");
        await phone.UnrouteAllAsync();
        await finder.ReloadAsync();

        // The page starts with the list hidden: the message says the kept finding went.
        await Assertions.Expect(finder.Locator("#pending-status.alert-success")).ToBeVisibleAsync();
        await Assertions.Expect(finder.Locator("#pending-findings")).ToBeHiddenAsync();
        Assert.Equal(1, CasesWith(externalId));
    }

    private static async Task RecordAsync(IPage finder, string words, string street, FilePayload? photo)
    {
        var pendingBefore = int.Parse(await finder.Locator("#pending-count").TextContentAsync() ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        await finder.FillAsync("#FactsAt", "2025-03-09T21:30");
        await finder.FillAsync("#infraction-search", words);
        await Assertions.Expect(finder.Locator("#InfractionCode option")).ToHaveCountAsync(2);
        await FinderPhone.FillOffenderAsync(finder, street, "9000", "Gent", "88022999990");
        if (photo is not null)
        {
            await finder.SetInputFilesAsync("#Photos", photo);
        }

        await finder.ClickAsync("#record-finding");
        await Assertions.Expect(finder.Locator("#pending-count")).ToHaveTextAsync($"{pendingBefore + 1}");
    }

    private long CasesWith(string externalId)
    {
        using var connection = fixture.App.Database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"""SELECT COUNT(*) FROM "Cases" WHERE "ExternalId" = '{externalId}'""";
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
