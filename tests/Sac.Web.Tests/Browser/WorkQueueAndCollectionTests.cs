using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Sac.Testing;
using Sac.Web.Tests.Support;

namespace Sac.Web.Tests.Browser;

/// <summary>
/// What the passing of time brings to the official: the time-bar warning in the inbox and on the case, and a fine
/// unpaid after its reminder, handed over to forced collection and listed for the bailiff (CSV for Excel).
/// Time passes by starting the same application on the same database with a later <c>Clock:Now</c>; the deadline
/// job's command runs as the job would.
/// </summary>
public sealed partial class WorkQueueAndCollectionTests(SacAppFactory app) : IClassFixture<SacAppFactory>
{
    [Fact]
    public async Task A_case_warned_of_its_decision_limit_is_in_the_time_bar_queue_with_a_badge_and_a_warning()
    {
        // Facts of 20 September 2024: no fine after 20 March 2025, ten days after the application's today.
        var caseId = await CaseSteps.LitterAsync(app.CreateApiClient(DemoTokens.Finder), factsDate: "2024-09-20");
        await app.ApplyDueDeadlinesAsync(caseId);
        var official = await BrowserSession.SignedInAsync(app, CaseSteps.Official, CaseSteps.OfficialPassword);
        var number = await NumberAsync(official, caseId);

        var queue = await official.GetPageAsync("/Cases?Queue=TimeBarRisk");
        var all = await official.GetPageAsync("/Cases?Queue=PaymentOverdue");
        var page = WebUtility.HtmlDecode(await official.GetPageAsync(CaseSteps.Page(caseId)));

        var row = Regex.Match(queue, $@"<tr data-case-number=""{number}"">.*?</tr>", RegexOptions.Singleline);
        Assert.True(row.Success, "the time-bar queue lists the case");
        Assert.Contains("time-bar-badge", row.Value, StringComparison.Ordinal);
        Assert.DoesNotContain(number, all, StringComparison.Ordinal);
        Assert.Contains("id=\"time-bar-warning\"", page, StringComparison.Ordinal);
        Assert.Contains("Na 20/03/2025 kan geen sanctie meer opgelegd worden", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fine_unpaid_after_the_reminder_is_handed_over_and_listed_for_collection_with_a_csv_for_excel()
    {
        var caseId = await EnforceableFineAsync();

        // 10 April: the payment term (to 7 April) is over, a reminder goes out with 30 more days.
        using var april = app.At(new DateTimeOffset(2025, 4, 10, 10, 0, 0, TimeSpan.FromHours(2)));
        await april.ApplyDueDeadlinesAsync(caseId);
        var aprilOfficial = await BrowserSession.SignedInAsync(april, CaseSteps.Official, CaseSteps.OfficialPassword);
        Assert.Equal("PaymentReminded", await aprilOfficial.StatusAsync(caseId));
        var paid = await aprilOfficial.PostStepAsync(caseId, "Payment", new()
        {
            ["Forms.Payment.PaidOn"] = "2025-04-10",
            ["Forms.Payment.Amount"] = "30",
            ["Forms.Payment.Communication"] = await CommunicationAsync(aprilOfficial, caseId),
        });
        Assert.Equal(HttpStatusCode.Redirect, paid.StatusCode);

        // 20 May: the reminder's term (to 12 May) is over too; the official hands the rest over.
        using var may = app.At(new DateTimeOffset(2025, 5, 20, 10, 0, 0, TimeSpan.FromHours(2)));
        await may.ApplyDueDeadlinesAsync(caseId);
        var official = await BrowserSession.SignedInAsync(may, CaseSteps.Official, CaseSteps.OfficialPassword);
        var number = await NumberAsync(official, caseId);
        Assert.Contains(number, await official.GetPageAsync("/Cases?Queue=PaymentOverdue"), StringComparison.Ordinal);
        var handedOver = await official.PostStepAsync(caseId, "HandOver", new() { ["Forms.HandOver.On"] = "2025-05-20" });
        Assert.Equal(HttpStatusCode.Redirect, handedOver.StatusCode);
        Assert.Equal("InCollection", await official.StatusAsync(caseId));

        var list = WebUtility.HtmlDecode(await official.GetPageAsync("/Collection"));
        using var csv = await official.GetAsync("/Collection/Csv");

        Assert.Matches($@"<tr data-case-number=""{number}"">.*?70,00", Regex.Replace(list, @"\s+", " "));
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Equal("gedwongen-invordering-2025-05-20.csv", csv.Content.Headers.ContentDisposition?.FileNameStar);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Nummer;Gemeente;Naam;Rijksregisternummer;", lines[0], StringComparison.Ordinal);
        var line = Assert.Single(lines, l => l.StartsWith(number, StringComparison.Ordinal)).Split(';');
        Assert.Equal(lines[0].Split(';').Length, line.Length);
        Assert.Equal(new[] { "100,00", "30,00", "70,00" }, line[^4..^1]);
        Assert.Matches(@"^\+\+\+\d{3}/\d{4}/\d{5}\+\+\+$", line[^1]);
        Assert.Equal("20/05/2025", line[12]);
    }

    /// <summary>
    /// A fine of 100 euro on facts of 6 January 2025, made final through the API and the deadline job: notice posted
    /// 13 January, decided and notified 3 February, the appeal period over on 6 March; payable until 7 April.
    /// </summary>
    private async Task<string> EnforceableFineAsync()
    {
        var caseId = await CaseSteps.LitterAsync(app.CreateApiClient(DemoTokens.Finder), factsDate: "2025-01-06");
        var officialApi = app.CreateApiClient(DemoTokens.Official);
        await officialApi.SendNoticeAsync(caseId, "2025-01-13");
        await officialApi.DecideFineAsync(caseId, "2025-02-03", 100);
        await officialApi.NotifyDecisionAsync(caseId, "2025-02-03");
        await app.ApplyDueDeadlinesAsync(caseId);
        var read = await officialApi.GetOkJsonAsync($"/api/v1/cases/{caseId}");
        Assert.Equal("Enforceable", read.Status());
        Assert.Equal("2025-04-07", read.Deadline("payment"));
        return caseId;
    }

    private static async Task<string> NumberAsync(BrowserSession session, string caseId) =>
        CaseNumber().Match(await session.GetPageAsync(CaseSteps.Page(caseId))).Groups[1].Value;

    private static async Task<string> CommunicationAsync(BrowserSession session, string caseId) =>
        WebUtility.HtmlDecode(Communication().Match(await session.GetPageAsync(CaseSteps.Page(caseId))).Groups[1].Value);

    [GeneratedRegex(@"id=""case-number""[^>]*>([^<]+)<")]
    private static partial Regex CaseNumber();

    [GeneratedRegex(@"id=""structured-communication"">([^<]+)<")]
    private static partial Regex Communication();
}
