using Hangfire;
using Mediator;
using Microsoft.Extensions.Logging;
using Sac.Application.Cases.Identify;

namespace Sac.Infrastructure.Jobs;

/// <summary>
/// The hourly retry of pending identifications: vehicle findings whose holder the vehicle registry has not named yet. Each
/// batch is one command (one transaction); the job takes batches while they come back full, so a backlog left by an outage
/// clears within the run, and stops at a registry failure (the next run retries).
/// </summary>
internal sealed class IdentificationJobs(IMediator mediator, ILogger<IdentificationJobs> logger)
{
    /// <summary>The recurring job's stable id.</summary>
    public const string PendingJobId = "pending-identifications";

    /// <summary>Every hour at :20, away from the deadline jobs at 00:05 and the sweep at 00:15.</summary>
    public const string PendingCron = "20 * * * *";

    /// <summary>At most this many batches a run, so one run cannot hold a worker for long.</summary>
    private const int MaximumBatches = 40;

    // A failed run is retried by the next hourly one; Hangfire's own retries would only ask a failing registry sooner.
    [AutomaticRetry(Attempts = 0, OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    [JobDisplayName("Identify the offenders of pending vehicle findings")]
    public async Task IdentifyPendingAsync(CancellationToken cancellationToken)
    {
        var command = new IdentifyPendingOffendersCommand();
        for (var batch = 1; batch <= MaximumBatches; batch++)
        {
            var result = await mediator.Send(command, cancellationToken);
            if (result.IsFailure)
            {
                throw new InvalidOperationException($"Identifying pending offenders failed: {result.FirstError.Code}: {result.FirstError.Message}");
            }

            var run = result.Value;
            logger.LogInformation(
                "Pending identifications: {Asked} asked, {Identified} identified, {NoHolder} without holder, registry failed: {Failed}.",
                run.Asked, run.Identified, run.NoHolder, run.RegistryFailed);
            if (!run.MayHaveMore(command.BatchSize))
            {
                return;
            }
        }
    }
}
