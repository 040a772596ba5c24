using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Sac.Testing;

namespace Sac.EndToEnd.Tests.Audit;

/// <summary>An auditor finds a step of a case in the audit trail, with its status before and after; the official sees the same on the case page.</summary>
public sealed class AuditJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Auditor_filters_the_trail_and_reads_what_a_notice_changed()
    {
        var (caseId, number) = await RecordAndSendNoticeAsync();
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "fr-BE" });
        var auditor = await context.NewPageAsync();
        await fixture.SignInAsync(auditor, "auditor@demo.sac", "Demo-Auditor-2025!");

        await auditor.WaitForURLAsync("**/Audit");
        await auditor.SelectOptionAsync("#Code", "NoticeSent");
        await auditor.FillAsync("#Subject", number);
        await auditor.ClickAsync("#search");

        var row = auditor.Locator("#audit-entries tr[data-action='NoticeSent']");
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row).ToContainTextAsync("official@demo.sac");
        await Assertions.Expect(row).ToContainTextAsync(number);
        await auditor.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.Screenshot("fr-BE", "9-audit-trail"), FullPage = true });

        await auditor.ClickAsync("#tab-registry-access");
        await Assertions.Expect(auditor.Locator("#registry-accesses")).ToBeVisibleAsync();
        await auditor.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.Screenshot("fr-BE", "9-registry-access"), FullPage = true });
        await context.CloseAsync();

        var officialContext = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "nl-BE" });
        var official = await officialContext.NewPageAsync();
        await fixture.SignInAsync(official, "official@demo.sac", "Demo-Official-2025!");
        await official.GotoAsync($"{fixture.App.BaseUrl}/Cases/Details/{caseId}");
        var change = official.Locator("#timeline [data-event='NoticeSent'] .audit-status");
        await Assertions.Expect(change).ToHaveAttributeAsync("data-before", "Registered");
        await Assertions.Expect(change).ToHaveAttributeAsync("data-after", "NoticeSent");
        await official.Locator("#timeline").ScreenshotAsync(new LocatorScreenshotOptions { Path = BrowserFixture.Screenshot("nl-BE", "9-timeline-audit") });
        await officialContext.CloseAsync();
    }

    private async Task<(string Id, string Number)> RecordAndSendNoticeAsync()
    {
        using var finder = Api(DemoTokens.Finder);
        using var recorded = await finder.PostAsJsonAsync("/api/v1/findings", new JsonObject
        {
            ["externalId"] = $"audit-journey-{Guid.NewGuid():N}",
            ["municipality"] = "44021",
            ["infractionCode"] = "LITTER",
            ["factsAt"] = "2025-03-01T22:15:00+01:00",
            ["place"] = new JsonObject { ["street"] = "Korenmarkt", ["houseNumber"] = "1", ["postalCode"] = "9000" },
            ["offender"] = new JsonObject { ["type"] = "Person", ["lastName"] = "Peeters", ["firstName"] = "Jan", ["birthDate"] = "1988-02-29" },
        });
        recorded.EnsureSuccessStatusCode();
        var opened = (await recorded.Content.ReadFromJsonAsync<JsonNode>())!;
        var id = opened["id"]!.GetValue<string>();

        using var official = Api(DemoTokens.Official);
        using var notice = await official.PostAsJsonAsync($"/api/v1/cases/{id}/notices", new JsonObject { ["sentAt"] = "2025-03-10", ["channel"] = "RegisteredMail" });
        notice.EnsureSuccessStatusCode();
        return (id, opened["number"]!.GetValue<string>());
    }

    /// <summary>An API client on the Kestrel port the browser uses.</summary>
    private HttpClient Api(string token)
    {
        var client = fixture.App.CreateApiClient(token);
        client.BaseAddress = new Uri(fixture.App.BaseUrl);
        return client;
    }
}
