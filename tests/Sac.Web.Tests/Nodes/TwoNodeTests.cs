using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Hangfire.States;
using Sac.Testing;
using Sac.Web.Tests.Browser;
using Sac.Web.Tests.Jobs;
using Sac.Web.Tests.Support;
using Xunit.Abstractions;

namespace Sac.Web.Tests.Nodes;

/// <summary>
/// Two processes of the application on one PostgreSQL database, as a deployment behind a load balancer runs them: findings
/// and notices spread over both, a browser signed in on one node works on the other (the data-protection keys are in the
/// database), and one node is killed in the middle of the work, then comes back. No finding is lost or recorded twice,
/// every deadline check runs to success once, and what each check does to its case happens once.
/// </summary>
public sealed class TwoNodeTests(ITestOutputHelper output)
{
    /// <summary>Findings recorded through the API, alternately on each node, in parallel; half of them get a notice.</summary>
    private const int Findings = 80;

    private const int Parallelism = 8;

    /// <summary>
    /// Every check due now has run within this time, also one the killed node had fetched (given up after <c>Jobs:ClaimTimeout</c>)
    /// and one it never enqueued because it died between the save and the job (scheduled by the start-up sweep of the node that comes back).
    /// </summary>
    private static readonly TimeSpan SettleTimeout = TimeSpan.FromSeconds(60);

    private static readonly DateTimeOffset Now = DeadlineCases.AfterTheDefencePeriod;

    private int replayedFindings;
    private int noticesSavedBeforeTheKill;

    [PostgreSqlFact]
    public async Task Two_nodes_lose_no_finding_and_run_each_deadline_check_once_when_one_is_killed_mid_way()
    {
        var elapsed = Stopwatch.StartNew();
        void Mark(string what) => output.WriteLine($"{elapsed.Elapsed.TotalSeconds,5:F1} s  {what}");
        using var folder = new TemporaryFolder();
        var database = TestDatabase.For(folder.Path);

        // The first node creates the schema and the demo data; the second starts on them.
        await using var a = await AppNode.StartAsync("a", database, Now);
        await using var b = await AppNode.StartAsync("b", database, Now);
        Mark($"started {a} and {b}");
        var nodes = new Failover(a, b);
        var cookies = new CookieContainer();
        var browserFinding = NewFinding(timeBarred: false);
        var browserCase = await SignInOnOneNodeAndPostANoticeOnTheOtherAsync(a, b, cookies, browserFinding);

        var work = Enumerable.Range(0, Findings)
            .Select(i => new Work(NewFinding(timeBarred: i / 2 % 2 == 0), i % 2 == 0 ? a : b))
            .ToList();
        var cutOff = NewFinding(timeBarred: true);
        Task<(HttpResponseMessage Response, bool Resent)>? cutOffRequest = null;
        var done = 0;
        await Parallel.ForEachAsync(work, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (item, _) =>
        {
            await RecordAndNotifyAsync(nodes, item);
            if (Interlocked.Increment(ref done) == Findings / 2)
            {
                cutOffRequest = await KillWithAFindingInFlightAsync(nodes, b, cutOff);
            }
        });

        Mark($"recorded {Findings + 1} findings, {b.Name} killed after {Findings / 2}");
        var (cutOffResponse, resent) = await cutOffRequest!;
        using (cutOffResponse)
        {
            Assert.True(resent, "The finding in flight when its node was killed was not cut off.");
            await cutOffResponse.AssertStatusAsync(HttpStatusCode.Created);
        }

        // The killed node comes back, as its supervisor would restart it: a node started after the keys were made reads them
        // from the database too, and its start-up sweep schedules the check of a case whose save outlived the job's creation.
        await using var restarted = await AppNode.StartAsync("b-restarted", database, Now);
        using (var browser = restarted.BrowserClient(cookies))
        {
            await new BrowserSession(browser).GetPageAsync(CaseSteps.Page(browserCase));
        }

        Mark($"restarted {restarted}");
        await TwoNodeInvariants.SettleAsync(database, SettleTimeout);
        Mark("every check due has run");

        var timeBarred = work.Where(w => w.TimeBarred).Select(w => w.ExternalId).Append(ExternalId(cutOff)).ToHashSet();
        var expected = work.Select(w => w.ExternalId).Append(ExternalId(cutOff)).Append(ExternalId(browserFinding)).ToList();
        var cases = CaseLedger.Read(database);
        var checks = DeadlineJobLedger.Checks(database);
        var problems = TwoNodeInvariants.FindingProblems(expected, cases)
            .Concat(cases.SelectMany(c => TwoNodeInvariants.EffectProblems(c, timeBarred.Contains(c.ExternalId!))))
            .Concat(TwoNodeInvariants.CheckProblems(cases, checks, killed: b))
            .ToList();
        Report(database, nodes, cases, checks, [a, b, restarted]);
        Assert.True(problems.Count == 0, $"{string.Join(Environment.NewLine, problems)}{Environment.NewLine}Node logs: {Path.GetDirectoryName(a.LogPath)}");
    }

    /// <summary>
    /// The official signs in through the form on one node; the other node takes that cookie and the antiforgery token of its
    /// own case page and records the notice as posted, which it can only if both nodes read the same data-protection keys.
    /// </summary>
    private static async Task<string> SignInOnOneNodeAndPostANoticeOnTheOtherAsync(AppNode signIn, AppNode other, CookieContainer cookies, JsonObject finding)
    {
        var caseId = (await signIn.FinderApi.RecordAsync(finding)).Id();
        using var onSignIn = signIn.BrowserClient(cookies);
        using var onOther = other.BrowserClient(cookies);
        await new BrowserSession(onSignIn).SignInAsync(CaseSteps.Official, CaseSteps.OfficialPassword);

        var posted = await new BrowserSession(onOther).PostStepAsync(caseId, "Letters/Notice/Posted", new()
        {
            ["Forms.Notice.SentAt"] = NoticeSentOn,
            ["Forms.Notice.Channel"] = "RegisteredMail",
        });

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal(CaseSteps.Page(caseId), posted.Headers.Location!.OriginalString);
        return caseId;
    }

    /// <summary>The finder records the finding on its node; for a case that is not time-barred, the official posts the notice through the other node.</summary>
    private async Task RecordAndNotifyAsync(Failover nodes, Work work)
    {
        JsonNode recorded;
        var (response, resent) = await nodes.SendAsync(work.Recorder, n => n.FinderApi.PostJsonAsync(FindingRequests.Path, work.Finding));
        using (response)
        {
            // 200 replays a finding the killed node saved but could not answer: only a resent request may get it (api-v1.md).
            if (resent && response.StatusCode == HttpStatusCode.OK)
            {
                Interlocked.Increment(ref replayedFindings);
            }
            else
            {
                await response.AssertStatusAsync(HttpStatusCode.Created);
            }

            recorded = await response.ReadJsonAsync();
        }

        if (work.TimeBarred)
        {
            return;
        }

        var notice = new JsonObject { ["sentAt"] = NoticeSentOn, ["channel"] = "RegisteredMail", ["version"] = recorded.Version() };
        var (noticed, noticeResent) = await nodes.SendAsync(
            nodes.Other(work.Recorder), n => n.OfficialApi.PostJsonAsync(ProcedureSteps.Step(recorded.Id(), "notices"), notice));
        using (noticed)
        {
            // 409: the killed node saved the notice but could not answer, so the resent one's version is stale.
            if (noticeResent && noticed.StatusCode == HttpStatusCode.Conflict)
            {
                Interlocked.Increment(ref noticesSavedBeforeTheKill);
            }
            else
            {
                await noticed.AssertStatusAsync(HttpStatusCode.OK);
            }
        }
    }

    /// <summary>Sends half a finding to <paramref name="node"/>, kills the node while it reads the rest, and lets the request fail over.</summary>
    private static async Task<Task<(HttpResponseMessage Response, bool Resent)>> KillWithAFindingInFlightAsync(Failover nodes, AppNode node, JsonObject finding)
    {
        var stalled = new StalledJsonContent(finding);
        var request = nodes.SendAsync(node, n => n == node
            ? n.FinderApi.PostAsync(new Uri(FindingRequests.Path, UriKind.Relative), stalled)
            : n.FinderApi.PostJsonAsync(FindingRequests.Path, finding));
        await Task.WhenAny(stalled.HalfSent, request);
        node.Kill();
        stalled.Release();
        return request;
    }

    private void Report(TestDatabase database, Failover nodes, IReadOnlyList<StoredCase> cases, IReadOnlyList<DeadlineJob> checks, AppNode[] all)
    {
        var done = checks.Where(c => c.State == SucceededState.StateName).ToList();
        var perNode = all.Select(n => $"{n.Name} {done.Count(c => n.IsHangfireServer(c.ProcessedBy[^1]))}");
        output.WriteLine($"{cases.Count} cases; {nodes.Resent} requests cut off by the kill and resent: {replayedFindings} findings replayed (200), {noticesSavedBeforeTheKill} notices already saved (409).");
        output.WriteLine($"{done.Count} checks succeeded ({string.Join(", ", perNode)}); {done.Count(c => c.ProcessedBy.Count > 1)} taken over from the killed node; "
            + $"{done.SelectMany(c => c.CaseIds).Count() - done.SelectMany(c => c.CaseIds).Distinct().Count()} twin checks of a case; {checks.Count(c => c.WaitsForALaterDay)} wait for a later day; "
            + $"{DeadlineJobLedger.JobsPerState(database).GetValueOrDefault(DeadlineJobLedger.NoState)} job(s) left without a state by the kill.");
    }

    private static string NoticeSentOn => DeadlineCases.NoticeSentOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static JsonObject NewFinding(bool timeBarred) => DeadlineCases.Finding(timeBarred ? DeadlineCases.TimeBarredFactsAt : DeadlineCases.FactsAt);

    private static string ExternalId(JsonObject finding) => finding["externalId"]!.GetValue<string>();

    /// <summary>A finding and the node its finder sends it to.</summary>
    private sealed record Work(JsonObject Finding, AppNode Recorder)
    {
        public string ExternalId => TwoNodeTests.ExternalId(Finding);

        public bool TimeBarred => Finding["factsAt"]!.GetValue<string>() == DeadlineCases.TimeBarredFactsAt;
    }
}
