using Hangfire;
using Microsoft.Extensions.Hosting;

namespace Sac.Infrastructure.Jobs;

/// <summary>
/// On a process that runs jobs: the daily sweep at 00:15 Brussels time, registered under its stable id, and one sweep
/// at once to catch up on whatever fell due while the application was down; the nightly retention job at 02:30; the hourly
/// retry of pending identifications.
/// </summary>
internal sealed class DeadlineJobsStartup(IRecurringJobManager recurringJobs, IBackgroundJobClient jobs) : IHostedService
{
    /// <summary>Every day at 00:15.</summary>
    public const string SweepCron = "15 0 * * *";

    public static readonly TimeZoneInfo Brussels = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");

    public Task StartAsync(CancellationToken cancellationToken)
    {
        recurringJobs.AddOrUpdate<DeadlineJobs>(
            DeadlineJobs.SweepJobId, j => j.SweepAsync(CancellationToken.None), SweepCron, new RecurringJobOptions { TimeZone = Brussels });
        jobs.Enqueue<DeadlineJobs>(j => j.SweepAsync(CancellationToken.None));
        recurringJobs.AddOrUpdate<RetentionJobs>(
            RetentionJobs.JobId, j => j.AnonymiseExpiredAsync(CancellationToken.None), RetentionJobs.Cron, new RecurringJobOptions { TimeZone = Brussels });
        recurringJobs.AddOrUpdate<IdentificationJobs>(
            IdentificationJobs.PendingJobId, j => j.IdentifyPendingAsync(CancellationToken.None), IdentificationJobs.PendingCron,
            new RecurringJobOptions { TimeZone = Brussels });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
