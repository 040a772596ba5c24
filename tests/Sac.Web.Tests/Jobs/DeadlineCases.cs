using System.Globalization;
using System.Text.Json.Nodes;
using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using Sac.Application.Common.Ports;
using Sac.Domain.Cases;
using Sac.Domain.Deadlines;
using Sac.Domain.LegalRegimes;
using Sac.Domain.Municipalities;
using Sac.Infrastructure.Jobs;
using Sac.Testing;
using Sac.Web.Tests.Support;

namespace Sac.Web.Tests.Jobs;

/// <summary>A Gent LITTER case (facts 1 March 2025) taken to the defence period, and what the job storage holds for it.</summary>
internal static class DeadlineCases
{
    public const string FactsAt = "2025-03-01T22:15:00+01:00";

    /// <summary>Facts whose 6-month decision limit has passed by <see cref="AfterTheDefencePeriod"/>: the check the intake schedules closes the case as time-barred at once.</summary>
    public const string TimeBarredFactsAt = "2024-09-01T22:15:00+02:00";

    /// <summary>The day the notice goes out: the defence period of 15 days then runs from its deemed receipt.</summary>
    public static readonly DateOnly NoticeSentOn = new(2025, 3, 10);

    /// <summary>Well after the defence period of a notice sent on <see cref="NoticeSentOn"/>.</summary>
    public static readonly DateTimeOffset AfterTheDefencePeriod = new(2025, 4, 15, 10, 0, 0, TimeSpan.FromHours(2));

    /// <summary>The day after the defence period's last day: the day its check is due (the domain's own terms).</summary>
    public static DateOnly DefenceCheckDue =>
        ProcedureDeadlines.Defence(NoticeSentOn, InfractionCategory.PureAdministrative, LegalRegimeHistory.On(new DateOnly(2025, 3, 1))!).AddDays(1);

    /// <summary>A Gent LITTER finding of a new adult, facts at <paramref name="factsAt"/>.</summary>
    public static JsonObject Finding(string factsAt) => FindingRequests.Finding(
        "44021", "LITTER", factsAt, FindingRequests.PersonByNumber(NationalNumbers.Unique(new DateOnly(1985, 6, 15))));

    public static async Task<Guid> RecordAsync(SacAppFactory app)
    {
        using var finder = app.CreateApiClient(DemoTokens.Finder);
        var created = await finder.RecordAsync(Finding(FactsAt));
        return Guid.Parse(created.Id());
    }

    /// <summary>The official posts the notice through the API; the save schedules the case's deadline job.</summary>
    public static async Task SendNoticeAsync(SacAppFactory app, Guid caseId, DateOnly sentOn)
    {
        using var official = app.CreateApiClient(DemoTokens.Official);
        await official.SendNoticeAsync(caseId.ToString(), sentOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    public static async Task<JsonNode> ReadAsync(SacAppFactory app, Guid caseId)
    {
        using var official = app.CreateApiClient(DemoTokens.Official);
        return await official.GetOkJsonAsync($"/api/v1/cases/{caseId}");
    }

    public static int EventCount(this JsonNode caseBody, string type) =>
        caseBody["timeline"]!.AsArray().Count(e => e!["type"]!.GetValue<string>() == type);

    /// <summary>Runs a job method the way a Hangfire worker does: on a fresh DI scope of that application.</summary>
    public static async Task RunAsync(SacAppFactory app, Func<DeadlineJobs, Task> job)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await job(scope.ServiceProvider.GetRequiredService<DeadlineJobs>());
    }

    public static JobStorage Storage(SacAppFactory app) => app.Services.GetRequiredService<JobStorage>();

    /// <summary>The case's deadline checks waiting in the storage (enqueued or scheduled), with when they fall due.</summary>
    /// <remarks>The list pages only give the candidates: each job's own data and current state are read by id.</remarks>
    public static IReadOnlyList<PendingCheck> PendingChecks(SacAppFactory app, Guid caseId)
    {
        var storage = Storage(app);
        var monitoring = storage.GetMonitoringApi();
        var candidates = monitoring.Queues().SelectMany(q => monitoring.EnqueuedJobs(q.Name, 0, 1000)).Select(j => j.Key)
            .Concat(monitoring.ScheduledJobs(0, 1000).Select(j => j.Key))
            .Distinct();
        using var connection = storage.GetConnection();
        var checks = new List<PendingCheck>();
        foreach (var id in candidates)
        {
            var data = connection.GetJobData(id);
            if (data?.Job is not { } job || !Checks(job, caseId))
            {
                continue;
            }

            if (data.State == EnqueuedState.StateName)
            {
                checks.Add(new PendingCheck(id, job, null));
            }
            else if (data.State == ScheduledState.StateName)
            {
                checks.Add(new PendingCheck(id, job, JobHelper.DeserializeDateTime(connection.GetStateData(id).Data["EnqueueAt"])));
            }
        }

        return checks;
    }

    /// <summary>Whether the job checks the case: its own check, or a batch of the sweep's that includes it.</summary>
    private static bool Checks(Job job, Guid caseId) => job.Method.Name switch
    {
        nameof(DeadlineJobs.ApplyDueDeadlinesAsync) => Equals(job.Args[0], caseId),
        nameof(DeadlineJobs.ApplyDueDeadlinesOfAsync) => job.Args[0] is Guid[] batch && batch.Contains(caseId),
        _ => false,
    };

    /// <summary>How many times the job reached the Succeeded state.</summary>
    public static int TimesSucceeded(SacAppFactory app, string jobId) =>
        Storage(app).GetMonitoringApi().JobDetails(jobId)?.History.Count(h => h.StateName == SucceededState.StateName) ?? 0;

    /// <summary>Polls until <paramref name="done"/> holds, failing after <paramref name="timeout"/>.</summary>
    public static async Task WaitUntilAsync(Func<Task<bool>> done, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await done())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Timed out after {timeout.TotalSeconds} s waiting until {what}.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250));
        }
    }

    public static RecurringJobDto? RecurringJob(SacAppFactory app, string id)
    {
        using var connection = Storage(app).GetConnection();
        return connection.GetRecurringJobs().SingleOrDefault(j => j.Id == id);
    }
}

/// <summary>A deadline check in the job storage; <see cref="EnqueueAt"/> (UTC) for a scheduled one.</summary>
internal sealed record PendingCheck(string Id, Job Job, DateTime? EnqueueAt);
