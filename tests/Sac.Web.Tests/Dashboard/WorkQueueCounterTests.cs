using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Sac.Application.Cases.SearchCases;
using Sac.Testing;
using Sac.Web.Tests.Browser;
using Sac.Web.Tests.Support;

namespace Sac.Web.Tests.Dashboard;

/// <summary>
/// The official's dashboard on 20 May 2025: Gent cases put in each work queue through the API and the deadline job,
/// counted on the home page, each count a link to the inbox listing exactly those cases. A Brussels case counts for
/// Brussels only; an Antwerp case (not the official's) nowhere.
/// </summary>
public sealed partial class WorkQueueCounterTests(WorkQueueCounterTests.May2025AppFactory app) : IClassFixture<WorkQueueCounterTests.May2025AppFactory>
{
    private const string Gent = "44021";
    private const string Brussel = "21004";

    public sealed class May2025AppFactory : SacAppFactory
    {
        public May2025AppFactory() => Now = new DateTimeOffset(2025, 5, 20, 10, 0, 0, TimeSpan.FromHours(2));
    }

    [Fact]
    public async Task Each_counter_counts_its_queue_and_links_to_exactly_those_cases()
    {
        var expected = await CasesInEveryQueueAsync();
        var official = await BrowserSession.SignedInAsync(app, CaseSteps.Official, CaseSteps.OfficialPassword);

        using var home = await official.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal("/Dashboard", home.Headers.Location?.OriginalString);
        var dashboard = await official.GetPageAsync("/Dashboard");

        Assert.DoesNotContain("data-municipality=\"11002\"", dashboard, StringComparison.Ordinal);
        foreach (var (queue, numbers) in expected)
        {
            Assert.Equal(numbers.Count, Counter(dashboard, Gent, queue));
            var link = System.Net.WebUtility.HtmlDecode(Link(dashboard, Gent, queue));
            var listed = CaseNumbers().Matches(await official.GetPageAsync(link)).Select(m => m.Groups[1].Value);
            Assert.Equal(numbers.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
        }

        Assert.Equal(1, Counter(dashboard, Brussel, WorkQueue.ToNotify));
        Assert.Equal(0, Counter(dashboard, Brussel, WorkQueue.TimeBarRisk));
    }

    /// <summary>Gent's cases by the queue they must be in; a Brussels and an Antwerp case to notify beside them.</summary>
    private async Task<Dictionary<WorkQueue, List<string>>> CasesInEveryQueueAsync()
    {
        using var official = app.CreateApiClient(DemoTokens.Official);

        // Registered: to notify. Facts of 19 December 2024: no fine after 19 June, day 30 from today (time-bar risk);
        // facts of 20 December: 20 June, day 31 (not yet).
        var recent = await RecordAsync(Gent, "2025-05-01T10:00:00+02:00");
        var dayThirty = await RecordAsync(Gent, "2024-12-19T10:00:00+01:00");
        var dayThirtyOne = await RecordAsync(Gent, "2024-12-20T10:00:00+01:00");
        await RecordAsync(Brussel, "2025-05-02T10:00:00+02:00");
        await RecordAsync("11002", "2025-05-02T10:00:00+02:00", DemoTokens.Outsider);

        // Notice of 7 April: the defence period is over by today, the deadline job makes the case ready for decision.
        var defenceEnded = await RecordAsync(Gent, "2025-04-01T10:00:00+02:00");
        await official.SendNoticeAsync(defenceEnded.Id, "2025-04-07");
        await app.ApplyDueDeadlinesAsync(defenceEnded.Id);

        var hearing = await RecordAsync(Gent, "2025-05-01T11:00:00+02:00");
        await official.SendNoticeAsync(hearing.Id, "2025-05-05");
        await official.StepAsync(hearing.Id, "hearings", new JsonObject { ["at"] = "2025-05-28T10:00:00+02:00", ["location"] = "Stadhuis" });

        // A fine of 100 made final on 10 March, reminded on 10 April, overdue since the reminder's term ended.
        var unpaid = await RecordAsync(Gent, "2025-01-06T10:00:00+01:00");
        await official.SendNoticeAsync(unpaid.Id, "2025-01-13");
        await official.DecideFineAsync(unpaid.Id, "2025-02-03", 100);
        await official.NotifyDecisionAsync(unpaid.Id, "2025-02-03");
        foreach (var day in new[] { new DateTimeOffset(2025, 3, 10, 10, 0, 0, TimeSpan.FromHours(1)), new DateTimeOffset(2025, 4, 10, 10, 0, 0, TimeSpan.FromHours(2)) })
        {
            using var then = app.At(day);
            await then.ApplyDueDeadlinesAsync(unpaid.Id);
        }

        await app.ApplyDueDeadlinesAsync(unpaid.Id);
        Assert.Equal("PaymentReminded", (await official.GetOkJsonAsync($"/api/v1/cases/{unpaid.Id}")).Status());

        return new()
        {
            [WorkQueue.ToNotify] = [recent.Number, dayThirty.Number, dayThirtyOne.Number],
            [WorkQueue.DefenceEnded] = [defenceEnded.Number],
            [WorkQueue.HearingPlanned] = [hearing.Number],
            [WorkQueue.TimeBarRisk] = [dayThirty.Number],
            [WorkQueue.PaymentOverdue] = [unpaid.Number],
        };
    }

    private async Task<(string Id, string Number)> RecordAsync(string municipality, string factsAt, string finderToken = DemoTokens.Finder)
    {
        var created = await app.RecordCaseAsync(
            FindingRequests.Finding(municipality, "LITTER", factsAt, FindingRequests.PersonByNumber(NationalNumbers.Unique(new DateOnly(1980, 4, 2)))), finderToken);
        return (created.Id(), created["number"]!.GetValue<string>());
    }

    private static int Counter(string dashboard, string municipality, WorkQueue queue) =>
        int.Parse(CounterLink(dashboard, municipality, queue).Groups["count"].Value, System.Globalization.CultureInfo.InvariantCulture);

    private static string Link(string dashboard, string municipality, WorkQueue queue) => CounterLink(dashboard, municipality, queue).Groups["href"].Value;

    private static Match CounterLink(string dashboard, string municipality, WorkQueue queue)
    {
        var row = Regex.Match(dashboard, $@"<tr data-municipality=""{municipality}"">.*?</tr>", RegexOptions.Singleline);
        Assert.True(row.Success, $"a row for {municipality}");
        var link = Regex.Match(row.Value, $@"<a data-queue=""{queue}""[^>]*href=""(?<href>[^""]+)"">(?<count>\d+)</a>", RegexOptions.Singleline);
        Assert.True(link.Success, $"a counter for {queue} in {municipality}");
        return link;
    }

    [GeneratedRegex(@"<tr data-case-number=""([^""]+)"">")]
    private static partial Regex CaseNumbers();
}
