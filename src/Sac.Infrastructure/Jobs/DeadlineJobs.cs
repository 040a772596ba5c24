using System.Globalization;
using Hangfire;
using Mediator;
using Microsoft.Extensions.Logging;
using Sac.Application.Deadlines;
using Sac.Domain.Common;

namespace Sac.Infrastructure.Jobs;

/// <summary>
/// The deadline jobs Hangfire runs. Each sends one command and fails loudly when it did not succeed, so that Hangfire
/// retries it; running one twice is safe because the domain re-derives what is due from the stored deadlines.
/// </summary>
internal sealed class DeadlineJobs(IMediator mediator, ILogger<DeadlineJobs> logger)
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
            var errors = string.Join("; ", result.Errors.Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.Code}: {e.Message}")));
            throw new InvalidOperationException($"{what} failed: {errors}");
        }
    }
}
