using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Sac.Testing;
using static Sac.EndToEnd.Tests.CaseSteps;

namespace Sac.EndToEnd.Tests;

/// <summary>
/// An official takes a case through the whole procedure in the browser. Where the law makes the case wait (the
/// defence period, the appeal period), the journey goes on in the same application on the same database started on
/// a later day; the deadline job's command runs as the job would. Screenshots of each main step go to
/// <see cref="BrowserFixture.ScreenshotDirectory"/>.
/// </summary>
public sealed partial class ProcedureJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Official = "official@demo.sac";
    private const string OfficialPassword = "Demo-Official-2025!";

    [Fact]
    public async Task In_Dutch_an_official_takes_an_adults_litter_case_from_the_finding_to_closed_as_paid()
    {
        const string locale = "nl-BE";
        var caseId = await RecordFindingAsync(fixture.App, "44021", "2025-03-08T15:00:00+01:00", new JsonObject
        {
            ["type"] = "Person",
            ["nationalRegisterNumber"] = "88022999990",
            ["lastName"] = "Peeters",
            ["firstName"] = "Jan",
            ["language"] = "nl",
        });

        // 10 March 2025: the official writes the blocks of reasons, prepares the notice and posts it.
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = locale });
        var page = await context.NewPageAsync();
        await fixture.SignInAsync(page, Official, OfficialPassword);
        await DefineBlockAsync(page, fixture.App.BaseUrl, "Feiten", "General", null,
            "Op {factsDate} om {factsTime} werd vastgesteld dat {offender} afval achterliet in {place}. De procedure werd ingeleid bij brief van {noticeDate}; er kwam geen verweer binnen de termijn, die liep tot {defenceDeadline}.",
            "Le {factsDate} à {factsTime}, il a été constaté que {offender} a abandonné des déchets à {place}. La procédure a été entamée par lettre du {noticeDate} ; aucune défense n'a été présentée dans le délai, qui courait jusqu'au {defenceDeadline}.");
        await DefineBlockAsync(page, fixture.App.BaseUrl, "Zwerfvuil", "Infraction", "LITTER",
            "Afval achterlaten op de openbare weg ({article} van het politiereglement) tast de netheid en de leefbaarheid van {municipality} aan.",
            "L'abandon de déchets sur la voie publique ({article} du règlement de police) porte atteinte à la propreté et à la qualité de vie à {municipality}.");
        await DefineBlockAsync(page, fixture.App.BaseUrl, "Bedrag", "Sanction", null,
            "Een geldboete van {amount} staat in verhouding tot de ernst van de feiten.",
            "Une amende de {amount} est proportionnée à la gravité des faits.");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.Screenshot(locale, "journey-1-reasoning-blocks"), FullPage = true });

        await OpenCaseAsync(page, fixture.App.BaseUrl, caseId);
        await ExpectStatusAsync(page, "Registered");
        var caseNumber = (await page.Locator("#case-number").InnerTextAsync()).Trim();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.Screenshot(locale, "journey-2-case-registered"), FullPage = true });
        await OpenStepAsync(page, "Notice");
        await page.ClickAsync("#Notice-prepare");
        await Assertions.Expect(page.Locator("#Notice-pending")).ToBeVisibleAsync();
        await PostFromTrayAsync(page, caseNumber, "Notice", "2025-03-10", BrowserFixture.Screenshot(locale, "journey-3-post-tray-notice"));
        await OpenCaseAsync(page, fixture.App.BaseUrl, caseId);
        await ExpectStatusAsync(page, "NoticeSent");
        await Assertions.Expect(page.Locator("#defence-deadline")).ToHaveTextAsync("28/03/2025");
        await context.CloseAsync();

        // 2 April 2025: the defence period is over; the official decides, composing the reasons from the blocks.
        await using (var april = fixture.App.Later(new DateTimeOffset(2025, 4, 2, 9, 0, 0, TimeSpan.FromHours(2))))
        {
            await ApplyDueDeadlinesAsync(april, caseId);
            context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = locale });
            page = await context.NewPageAsync();
            await BrowserFixture.SignInAsync(page, april.BaseUrl, Official, OfficialPassword);
            await OpenCaseAsync(page, april.BaseUrl, caseId);
            await ExpectStatusAsync(page, "ReadyForDecision");

            await OpenStepAsync(page, "Decide");
            await page.CheckAsync("#Forms_Decide_Kind-Fine");
            await Assertions.Expect(page.Locator("#Forms_Decide_Amount")).ToHaveValueAsync("100");
            foreach (var title in new[] { "Zwerfvuil", "Feiten", "Bedrag" })
            {
                await page.Locator($"input[name='Forms.Decide.BlockIds'][data-block-title='{title}']").CheckAsync();
            }

            await page.ClickAsync("#compose-reasoning");
            var reasoning = page.Locator("#Forms_Decide_Reasoning");
            await Assertions.Expect(reasoning).ToHaveValueAsync(new Regex("^Afval achterlaten op de openbare weg \\(art\\. 12 .*Op 8 maart 2025 om 15[.:]00 .*Peeters Jan.*10 maart 2025.*28 maart 2025.*100,00", RegexOptions.Singleline));
            await reasoning.PressAsync("Control+End");
            await reasoning.PressSequentiallyAsync("\n\nDe overtreder vroeg niet om gehoord te worden.");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.Screenshot(locale, "journey-4-decision-form"), FullPage = true });
            await page.ClickAsync("#Decide-submit");
            await ExpectStatusAsync(page, "Decided");
            await Assertions.Expect(page.Locator("#decision-reasoning")).ToContainTextAsync("Peeters Jan");
            await Assertions.Expect(page.Locator("#decision-reasoning")).ToContainTextAsync(new Regex("feiten\\.\\s+De overtreder vroeg niet om gehoord te worden\\.$"));

            await OpenStepAsync(page, "DecisionNotification");
            await page.ClickAsync("#DecisionNotification-prepare");
            await Assertions.Expect(page.Locator("#DecisionNotification-pending")).ToBeVisibleAsync();
            await PostFromTrayAsync(page, caseNumber, "Decision", "2025-04-02", BrowserFixture.Screenshot(locale, "journey-5-post-tray-decision"));
            await OpenCaseAsync(page, april.BaseUrl, caseId);
            await ExpectStatusAsync(page, "DecisionNotified");
            await Assertions.Expect(page.Locator("#decision-notified")).ToContainTextAsync("07/05/2025");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.Screenshot(locale, "journey-6-decision-notified"), FullPage = true });
            await context.CloseAsync();
        }

        // 12 May 2025: no appeal in time; the deadline job makes the decision final. The fine is paid, the case closed.
        await using (var may = fixture.App.Later(new DateTimeOffset(2025, 5, 12, 9, 0, 0, TimeSpan.FromHours(2))))
        {
            await ApplyDueDeadlinesAsync(may, caseId);
            context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = locale });
            page = await context.NewPageAsync();
            await BrowserFixture.SignInAsync(page, may.BaseUrl, Official, OfficialPassword);
            await OpenCaseAsync(page, may.BaseUrl, caseId);
            await ExpectStatusAsync(page, "Enforceable");
            await Assertions.Expect(page.Locator("#outstanding")).ToContainTextAsync("100,00");
            var communication = (await page.Locator("#structured-communication").InnerTextAsync()).Trim();
            Assert.Matches(@"^\+\+\+\d{3}/\d{4}/\d{5}\+\+\+$", communication);

            // The invitation to pay waits in the post tray; it opens as a PDF to print.
            var invitation = page.Locator($"#documents [data-document-kind='PaymentInvitation'] a");
            var letter = await context.APIRequest.GetAsync(may.BaseUrl + await invitation.GetAttributeAsync("href"));
            Assert.Equal(200, letter.Status);
            Assert.StartsWith("application/pdf", letter.Headers["content-type"], StringComparison.Ordinal);
            await PostFromTrayAsync(page, caseNumber, "PaymentInvitation", "2025-05-12", null);

            await OpenCaseAsync(page, may.BaseUrl, caseId);
            await OpenStepAsync(page, "Payment");
            await Assertions.Expect(page.Locator("#Forms_Payment_Amount")).ToHaveValueAsync("100");
            await Assertions.Expect(page.Locator("#Forms_Payment_Communication")).ToHaveValueAsync(communication);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.Screenshot(locale, "journey-7-payment"), FullPage = true });
            await page.ClickAsync("#Payment-submit");
            await ExpectStatusAsync(page, "Paid");
            await Assertions.Expect(page.Locator("#payments tbody tr")).ToHaveCountAsync(1);

            await OpenStepAsync(page, "ClosePaid");
            await page.ClickAsync("#ClosePaid-submit");
            await ExpectStatusAsync(page, "Closed");
            await Assertions.Expect(page.Locator("#close-reason")).ToHaveTextAsync("Betaald");
            await Assertions.Expect(page.Locator("#no-steps")).ToBeVisibleAsync();
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.Screenshot(locale, "journey-8-closed"), FullPage = true });
            await context.CloseAsync();
        }
    }

    [Fact]
    public async Task In_French_an_official_takes_a_minors_case_through_mediation_to_closed()
    {
        const string locale = "fr-BE";

        // Brussels sanctions minors from 16; litter is an infraction minors can be fined for. Lucas is 16 at the facts.
        var caseId = await RecordFindingAsync(fixture.App, "21004", "2025-03-05T16:30:00+01:00", new JsonObject
        {
            ["type"] = "Person",
            ["lastName"] = "Dupont",
            ["firstName"] = "Lucas",
            ["birthDate"] = "2008-06-15",
            ["language"] = "fr",
        });
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = locale });
        var page = await context.NewPageAsync();
        await fixture.SignInAsync(page, Official, OfficialPassword);
        await OpenCaseAsync(page, fixture.App.BaseUrl, caseId);
        await ExpectStatusAsync(page, "Registered");
        await Assertions.Expect(page.Locator("#age-at-facts")).ToContainTextAsync("16");
        await Assertions.Expect(page.Locator("#step-ParentsLetter")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#step-MediationOffer")).ToBeVisibleAsync();
        var caseNumber = (await page.Locator("#case-number").InnerTextAsync()).Trim();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.Screenshot(locale, "journey-1-minor-registered"), FullPage = true });

        // The parents' letter: prepared, printed from the post tray, posted.
        await OpenStepAsync(page, "ParentsLetter");
        await page.ClickAsync("#ParentsLetter-prepare");
        await Assertions.Expect(page.Locator("#ParentsLetter-pending")).ToBeVisibleAsync();
        await PostFromTrayAsync(page, caseNumber, "ParentsInformation", "2025-03-10", BrowserFixture.Screenshot(locale, "journey-2-post-tray-parents"));
        await OpenCaseAsync(page, fixture.App.BaseUrl, caseId);
        await ExpectStatusAsync(page, "ParentsInformed");
        await Assertions.Expect(page.Locator("#procedure-parents")).ToHaveTextAsync("10/03/2025");

        // A lawyer for the minor, then the mediation offer recorded as posted the same day.
        await OpenStepAsync(page, "Lawyer");
        await page.FillAsync("#Forms_Lawyer_Note", "Barreau de Bruxelles, permanence jeunesse");
        await page.ClickAsync("#Lawyer-submit");
        await Assertions.Expect(page.Locator("#procedure-lawyer")).ToHaveTextAsync("10/03/2025");
        await OpenStepAsync(page, "MediationOffer");
        await page.FillAsync("#Forms_MediationOffer_SentAt", "2025-03-10");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.Screenshot(locale, "journey-3-mediation-offer"), FullPage = true });
        await page.ClickAsync("#MediationOffer-submit");
        await ExpectStatusAsync(page, "MediationOffered");
        await Assertions.Expect(page.Locator("#documents [data-document-kind='MediationOffer']")).ToContainTextAsync("10/03/2025");

        // The mediation succeeded: no fine may follow, the case closes.
        await OpenStepAsync(page, "MediationOutcome");
        await page.CheckAsync("#Forms_MediationOutcome_Outcome-Succeeded");
        await page.FillAsync("#Forms_MediationOutcome_EndedOn", "2025-03-10");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.Screenshot(locale, "journey-4-mediation-outcome"), FullPage = true });
        await page.ClickAsync("#MediationOutcome-submit");
        await ExpectStatusAsync(page, "Closed");
        await Assertions.Expect(page.Locator("#close-reason")).ToHaveTextAsync("Médiation locale réussie");
        await Assertions.Expect(page.Locator("#timeline [data-event='MediationEnded']")).ToContainTextAsync("Médiation terminée");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.Screenshot(locale, "journey-5-closed-mediation"), FullPage = true });
        await context.CloseAsync();
    }

    private static async Task<Guid> RecordFindingAsync(KestrelSacAppFactory app, string municipality, string factsAt, JsonObject offender)
    {
        using var finder = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        finder.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", DemoTokens.Finder);
        using var recorded = await finder.PostAsJsonAsync("/api/v1/findings", new JsonObject
        {
            ["externalId"] = $"journey-{Guid.NewGuid():N}",
            ["municipality"] = municipality,
            ["infractionCode"] = "LITTER",
            ["factsAt"] = factsAt,
            ["place"] = new JsonObject { ["street"] = municipality == "44021" ? "Korenmarkt" : "Grand-Place", ["houseNumber"] = "1", ["postalCode"] = municipality == "44021" ? "9000" : "1000" },
            ["offender"] = offender,
        });
        Assert.Equal(System.Net.HttpStatusCode.Created, recorded.StatusCode);
        var body = await recorded.Content.ReadFromJsonAsync<JsonObject>();
        return Guid.Parse(body!["id"]!.GetValue<string>());
    }

    private static async Task DefineBlockAsync(IPage page, string baseUrl, string title, string topic, string? infraction, string textNl, string textFr)
    {
        await page.GotoAsync($"{baseUrl}/Reasoning/44021");
        await page.ClickAsync("#new-block");
        await page.FillAsync("#Title", title);
        await page.SelectOptionAsync("#Topic", topic);
        if (infraction is not null)
        {
            await page.SelectOptionAsync("#InfractionCode", infraction);
        }

        await page.FillAsync("#TextNl", textNl);
        await page.FillAsync("#TextFr", textFr);
        await page.ClickAsync("#save-block");
        await Assertions.Expect(page.Locator($"[data-topic='{topic}']")).ToContainTextAsync(title);
    }
}
