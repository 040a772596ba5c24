using System.Net;
using System.Text.Json.Nodes;
using Hangfire.States;
using Sac.Domain.Cases;
using Sac.Testing;
using Sac.Web.Tests.Jobs;
using Sac.Web.Tests.Support;

namespace Sac.Web.Tests.Nodes;

/// <summary>
/// A node asked to stop (SIGTERM, as systemd or Kubernetes do before a deployment) while a finding is half sent: it refuses
/// new connections, answers the finding it is reading, stops taking jobs and exits cleanly; the check that finding scheduled
/// runs once the application is back.
/// </summary>
public sealed class GracefulShutdownTests
{
    private static readonly DateTimeOffset Now = DeadlineCases.AfterTheDefencePeriod;

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_node_asked_to_stop_answers_the_finding_in_flight_exits_cleanly_and_the_work_goes_on_after_the_restart()
    {
        using var folder = new TemporaryFolder();
        var database = TestDatabase.For(folder.Path);

        var caseId = await StopWithAFindingInFlightAsync(database);

        await using var restarted = await AppNode.StartAsync("restarted", database, Now);
        var closed = await WhenClosedAsync(restarted, caseId);
        Assert.Equal(nameof(CloseReason.TimeBarred), closed["closeReason"]!.GetValue<string>());
        Assert.Equal(1, closed.EventCount(CaseEvent.FindingRecorded));
        Assert.Equal(1, closed.EventCount(CaseEvent.CaseClosed));
    }

    /// <summary>The job the answered finding enqueued was left waiting by the stopping node and is run by the restarted one, once.</summary>
    [PostgreSqlFact]
    public async Task The_check_enqueued_while_stopping_runs_once_on_the_restarted_node()
    {
        using var folder = new TemporaryFolder();
        var database = TestDatabase.For(folder.Path);

        var caseId = await StopWithAFindingInFlightAsync(database);
        var waiting = OwnCheck(database, caseId);
        Assert.NotEqual(SucceededState.StateName, waiting.State);
        Assert.Empty(waiting.ProcessedBy);

        await using var restarted = await AppNode.StartAsync("restarted", database, Now);
        await WhenClosedAsync(restarted, caseId);
        await TwoNodeInvariants.SettleAsync(database, Patience);
        var done = DeadlineJobLedger.Checks(database).Single(c => c.Id == waiting.Id);
        Assert.Equal(SucceededState.StateName, done.State);
        Assert.Equal(1, done.Times(SucceededState.StateName));
        Assert.All(done.ProcessedBy, server => Assert.True(restarted.IsHangfireServer(server), $"{server} is not the restarted node."));
    }

    /// <summary>Half a finding is sent, the node is asked to stop, the rest follows once the node refuses new connections.</summary>
    private static async Task<Guid> StopWithAFindingInFlightAsync(TestDatabase database)
    {
        await using var node = await AppNode.StartAsync("stopping", database, Now);
        var stalled = new StalledJsonContent(DeadlineCases.Finding(DeadlineCases.TimeBarredFactsAt));
        var request = node.FinderApi.PostAsync(new Uri(FindingRequests.Path, UriKind.Relative), stalled);
        await Task.WhenAny(stalled.HalfSent, request);

        node.Terminate();
        await node.WaitUntilRefusingConnectionsAsync(Patience);
        stalled.Release();

        using var response = await request;
        await response.AssertStatusAsync(HttpStatusCode.Created);
        var caseId = Guid.Parse((await response.ReadJsonAsync()).Id());
        Assert.Equal(0, await node.ExitCodeAsync(Patience));
        return caseId;
    }

    private static async Task<JsonNode> WhenClosedAsync(AppNode node, Guid caseId)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var found = await node.OfficialApi.GetOkJsonAsync($"/api/v1/cases/{caseId}");
            if (found["status"]!.GetValue<string>() == nameof(CaseStatus.Closed))
            {
                return found;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Case {caseId} is still {found["status"]} {Patience.TotalSeconds} s after the restart; see {node.LogPath}.");
            await Task.Delay(TimeSpan.FromMilliseconds(250));
        }
    }

    /// <summary>The check the intake scheduled for the case, before any start-up sweep adds one of its own.</summary>
    private static DeadlineJob OwnCheck(TestDatabase database, Guid caseId) =>
        DeadlineJobLedger.Checks(database).Single(c => c.CaseIds.SequenceEqual([caseId]));
}
