using System.Globalization;
using Hangfire;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Sac.Application.Deadlines;
using Sac.Domain.Common;

namespace Sac.Infrastructure.Jobs;

/// <summary>
/// The deadline jobs Hangfire runs. Each sends one command and fails loudly when it did not succeed, so that Hangfire
/// retries it; running one twice is safe because the domain re-derives what is due from the stored deadlines.
/// </summary>
internal sealed class DeadlineJobs(IMediator mediator, IServiceScopeFactory scopes, ILogger<DeadlineJobs> logger)
{
    /// <summary>The recurring daily sweep (00:15 Brussels).</summary>
    public const string SweepJobId = "deadline-sweep";

    /// <summary>
    /// Five retries, spread by Hangfire's back-off over some ten minutes, ride out a locked or briefly unreachable database;
    /// after that the job shows as failed on the dashboard, and the next daily sweep schedules the case's check again.
    /// </summary>
    // Optimistic concurrency, no [DisableConcurrentExecution]: a twin run loses the version check and reruns on fresh data, finding nothing left to do, while a lock would queue every case behind one another.
    [AutomaticRetry(Attempts = 5, OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    [JobDisplayName("Apply the due deadlines of case {0}")]
    public async Task ApplyDueDeadlinesAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new ApplyDueDeadlinesCommand(caseId), cancellationToken);
        ThrowIfFailed(result, $"Applying the due deadlines of case {caseId}");
    }

    /// <summary>
    /// The sweep's batch: each case in a scope of its own (its own unit of work, as if it were its own job), all of them even
    /// when one fails; then the job fails if any did, so that Hangfire retries the batch.
    /// </summary>
    [AutomaticRetry(Attempts = 5, OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    [JobDisplayName("Apply the due deadlines of the cases the sweep found")]
    public async Task ApplyDueDeadlinesOfAsync(Guid[] caseIds, CancellationToken cancellationToken)
    {
        var failures = new List<string>();
        foreach (var caseId in caseIds)
        {
            await using var scope = scopes.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ApplyDueDeadlinesCommand(caseId), cancellationToken);
            if (result.IsFailure)
            {
                failures.Add($"{caseId}: {Describe(result)}");
            }
        }

        if (failures.Count > 0)
        {
            throw new InvalidOperationException($"Applying the due deadlines of {failures.Count} of {caseIds.Length} cases failed: {string.Join(" | ", failures)}");
        }
    }

    /// <summary>Schedules a check for every case with a deadline due by today (a lost or late job never loses a deadline).</summary>
    [AutomaticRetry(Attempts = 3, OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    [JobDisplayName("Sweep the cases with a deadline due")]
    public async Task SweepAsync(CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new SweepDueDeadlinesCommand(), cancellationToken);
        ThrowIfFailed(result, "The deadline sweep");
        logger.LogInformation("The deadline sweep found {Count} case(s) due.", result.Value);
    }

    private static void ThrowIfFailed(Result result, string what)
    {
        if (result.IsFailure)
        {
            throw new InvalidOperationException($"{what} failed: {Describe(result)}");
        }
    }

    private static string Describe(Result result) =>
        string.Join("; ", result.Errors.Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.Code}: {e.Message}")));
}
