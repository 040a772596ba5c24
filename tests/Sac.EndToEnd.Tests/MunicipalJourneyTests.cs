using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Sac.EndToEnd.Tests.CaseSteps;

namespace Sac.EndToEnd.Tests;

/// <summary>
/// Issue 7's acceptance journey, once per language: the finder records a finding with a photo on a phone; the official
/// notifies, decides a fine after the defence period and has the decision letter made; the administrator changes the
/// infraction's amounts; the statistics count the case. Each language has its own municipality and offender, so both
/// run in one application and the statistics of one are not the other's. Screenshots go to
/// <see cref="BrowserFixture.ScreenshotDirectory"/> as <c>{locale}-municipal-*.png</c>.
/// </summary>
public sealed class MunicipalJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Official = "official@demo.sac";
    private const string OfficialPassword = "Demo-Official-2025!";
    private const string FineAmount = "80";

    /// <summary>The day after the defence period of a notice posted on 10 March 2025 (DefaultNow).</summary>
    private static readonly DateTimeOffset AfterDefence = new(2025, 4, 2, 9, 0, 0, TimeSpan.FromHours(2));

    [Fact]
    public Task In_Dutch_a_litter_finding_in_Gent_goes_from_the_phone_to_the_statistics() => RunAsync(new Journey(
        "nl-BE", "44021", "afval openbare", "Korenmarkt", "9000", "Gent", "88022999990", "Peeters",
        new Texts("Vaststelling geregistreerd", "Inbox", "Klaar voor beslissing", "Beslissing", "Bedragen", "Statistieken", "Administratieve geldboete")));

    [Fact]
    public Task In_French_a_litter_finding_in_Brussels_goes_from_the_phone_to_the_statistics() => RunAsync(new Journey(
        "fr-BE", "21004", "déchets voie", "Grand-Place", "1000", "Bruxelles", "95031720144", "Dupont",
        new Texts("Constat enregistré", "Boîte de réception", "Prêt pour décision", "Décision", "Montants", "Statistiques", "Amende administrative")));

    private async Task RunAsync(Journey journey)
    {
        var caseNumber = await RecordOnPhoneAsync(journey);
        var caseId = await NotifyAsync(journey, caseNumber);
        await using var later = fixture.App.Later(AfterDefence);
        await ApplyDueDeadlinesAsync(later, caseId);
        await DecideAndWriteLetterAsync(journey, later, caseId);
        await ChangeAmountsAsync(journey, later);
        await ShowStatisticsAsync(journey, later);
    }

    private async Task<string> RecordOnPhoneAsync(Journey journey)
    {
        await using var phone = await fixture.Browser.NewContextAsync(FinderPhone.Context(journey.Locale));
        var finder = await phone.NewPageAsync();
        await fixture.SignInAsync(finder, "finder@demo.sac", "Demo-Finder-2025!");
        await finder.GotoAsync($"{fixture.App.BaseUrl}/Findings/New");
        await finder.SelectOptionAsync("#Municipality", journey.Nis);
        await finder.FillAsync("#FactsAt", "2025-03-09T21:30");
        await finder.FillAsync("#infraction-search", journey.Words);
        await Assertions.Expect(finder.Locator("#InfractionCode")).ToHaveValueAsync("LITTER");
        await FinderPhone.FillOffenderAsync(finder, journey.Street, journey.PostalCode, journey.City, journey.NationalRegisterNumber);
        // The registry completes the offender's name and address, which the letters need.
        await finder.ClickAsync("#lookup-person");
        await Assertions.Expect(finder.Locator("#LastName")).ToHaveValueAsync(journey.LastName);
        await finder.SetInputFilesAsync("#Photos", FinderPhone.Photo("litter.jpg"));
        await finder.ClickAsync("#record-finding");

        await Assertions.Expect(finder.Locator("h1")).ToHaveTextAsync(journey.Texts.Recorded);
        var caseNumber = finder.Locator("#case-number");
        await Assertions.Expect(caseNumber).ToContainTextAsync($"{journey.Nis}-2025-");
        Assert.True(await finder.EvaluateAsync<bool>($"document.documentElement.scrollWidth <= {FinderPhone.Width}"), "the page is wider than the phone");
        await ScreenshotAsync(finder, journey, "1-phone-recorded");
        return (await caseNumber.InnerTextAsync()).Trim();
    }

    /// <summary>10 March 2025: the official finds the case in the inbox, prepares the notice and posts it.</summary>
    private async Task<Guid> NotifyAsync(Journey journey, string caseNumber)
    {
        await using var desk = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = journey.Locale });
        var page = await desk.NewPageAsync();
        await fixture.SignInAsync(page, Official, OfficialPassword);
        await page.GotoAsync($"{fixture.App.BaseUrl}/Cases?Municipality={journey.Nis}&NationalRegisterNumber={journey.NationalRegisterNumber}");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(journey.Texts.Inbox);
        await page.Locator($"#cases tr[data-case-number='{caseNumber}'] a").ClickAsync();
        await ExpectStatusAsync(page, "Registered");
        await Assertions.Expect(page.Locator("#documents [data-document-kind='EvidencePhoto']")).ToHaveCountAsync(1);
        var caseId = Guid.Parse(new Uri(page.Url).Segments[^1]);

        await OpenStepAsync(page, "Notice");
        await page.ClickAsync("#Notice-prepare");
        await Assertions.Expect(page.Locator("#Notice-pending")).ToBeVisibleAsync();
        await PostFromTrayAsync(page, caseNumber, "Notice", "2025-03-10", null);
        await OpenCaseAsync(page, fixture.App.BaseUrl, caseId);
        await ExpectStatusAsync(page, "NoticeSent");
        await ScreenshotAsync(page, journey, "2-case-notified");
        return caseId;
    }

    /// <summary>After the defence period: the official decides a fine and the decision letter is made, a PDF on the case.</summary>
    private async Task DecideAndWriteLetterAsync(Journey journey, KestrelSacAppFactory later, Guid caseId)
    {
        await using var desk = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = journey.Locale });
        var page = await desk.NewPageAsync();
        await BrowserFixture.SignInAsync(page, later.BaseUrl, Official, OfficialPassword);
        await OpenCaseAsync(page, later.BaseUrl, caseId);
        await ExpectStatusAsync(page, "ReadyForDecision");
        await Assertions.Expect(page.Locator("#case-status")).ToHaveTextAsync(journey.Texts.ReadyForDecision);

        await OpenStepAsync(page, "Decide");
        await page.CheckAsync("#Forms_Decide_Kind-Fine");
        await page.FillAsync("#Forms_Decide_Amount", FineAmount);
        await ScreenshotAsync(page, journey, "3-decision-form");
        await page.ClickAsync("#Decide-submit");
        await ExpectStatusAsync(page, "Decided");

        await OpenStepAsync(page, "DecisionNotification");
        await page.ClickAsync("#DecisionNotification-prepare");
        await Assertions.Expect(page.Locator("#DecisionNotification-pending")).ToBeVisibleAsync();
        var letter = page.Locator("#documents [data-document-kind='Decision']");
        await Assertions.Expect(letter).ToContainTextAsync(journey.Texts.DecisionLetter);
        var download = await desk.APIRequest.GetAsync(later.BaseUrl + await letter.Locator("a").GetAttributeAsync("href"));
        Assert.Equal(200, download.Status);
        Assert.StartsWith("application/pdf", download.Headers["content-type"], StringComparison.Ordinal);
        await ScreenshotAsync(page, journey, "4-decision-letter");
    }

    /// <summary>The administrator raises the infraction's amounts from the day of the decision on.</summary>
    private async Task ChangeAmountsAsync(Journey journey, KestrelSacAppFactory later)
    {
        await using var desk = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = journey.Locale });
        var admin = await desk.NewPageAsync();
        await BrowserFixture.SignInAsync(admin, later.BaseUrl, "admin@demo.sac", "Demo-Admin-2025!");
        await admin.GotoAsync($"{later.BaseUrl}/Municipalities/EditInfraction/{journey.Nis}/LITTER");
        await admin.FillAsync("#ValidFrom", "2025-04-02");
        await admin.FillAsync("#MaximumAmount", "150");
        await admin.FillAsync("#DefaultAmount", "120");
        await admin.ClickAsync("#save-infraction");

        await admin.WaitForURLAsync($"**/Municipalities/Details/{journey.Nis}");
        var litter = admin.Locator("#regulation tr[data-code='LITTER']");
        await Assertions.Expect(litter).ToContainTextAsync("150,00");
        await Assertions.Expect(litter).ToContainTextAsync("120,00");
        await Assertions.Expect(admin.Locator("#regulation thead")).ToContainTextAsync(journey.Texts.Amounts);
        await ScreenshotAsync(admin, journey, "5-regulation");
    }

    /// <summary>March 2025 of the journey's municipality: the one case, decided with a fine of <see cref="FineAmount"/>.</summary>
    private async Task ShowStatisticsAsync(Journey journey, KestrelSacAppFactory later)
    {
        await using var desk = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = journey.Locale });
        var page = await desk.NewPageAsync();
        await BrowserFixture.SignInAsync(page, later.BaseUrl, Official, OfficialPassword);
        await page.GotoAsync($"{later.BaseUrl}/Statistics");
        await page.SelectOptionAsync("#Municipality", journey.Nis);
        await page.FillAsync("#From", "2025-03-01");
        await page.FillAsync("#To", "2025-03-31");
        await page.ClickAsync("#statistics-show");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(journey.Texts.Statistics);
        var march = page.Locator("table[data-chart-table='cases-per-month'] tbody tr");
        await Assertions.Expect(march).ToHaveCountAsync(1);
        await Assertions.Expect(march.Locator("th")).ToHaveTextAsync("03/2025");
        await Assertions.Expect(march.Locator("td")).ToHaveTextAsync("1");
        var fines = page.Locator("table[data-chart-table='decisions'] tbody tr");
        await Assertions.Expect(fines).ToHaveCountAsync(1);
        await Assertions.Expect(fines.Locator("th")).ToHaveTextAsync(journey.Texts.Fine);
        await Assertions.Expect(fines.Locator("td")).ToHaveTextAsync([new Regex("^1$"), new Regex($"{FineAmount},00")]);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await ScreenshotAsync(page, journey, "6-statistics");
    }

    private static async Task ScreenshotAsync(IPage page, Journey journey, string name) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.Screenshot(journey.Locale, $"municipal-{name}"), FullPage = true });

    /// <summary>One language's journey: where the facts are, who the offender is, and texts its pages must show.</summary>
    private sealed record Journey(
        string Locale, string Nis, string Words, string Street, string PostalCode, string City, string NationalRegisterNumber, string LastName, Texts Texts);

    private sealed record Texts(string Recorded, string Inbox, string ReadyForDecision, string DecisionLetter, string Amounts, string Statistics, string Fine);
}
