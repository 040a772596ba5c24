using Hangfire;
using Sac.Application.Common.Ports;
using Sac.Domain.Calendar;

namespace Sac.Infrastructure.Jobs;

/// <summary>
/// A case's deadline check as a durable Hangfire job at 00:05 Brussels time on the day it falls due. The wait is
/// measured on the business clock, so a fixed demo or test clock schedules what a real one would; a day that has
/// already come is checked at once.
/// </summary>
internal sealed class HangfireDeadlineScheduler(IBackgroundJobClient jobs, TimeProvider clock) : IDeadlineScheduler
{
    /// <summary>Just after midnight, when the day's terms have ended, and before the 00:15 sweep.</summary>
    public static readonly TimeOnly CheckTime = new(0, 5);

    /// <summary>Cases per sweep job: a job that fails is retried whole, and the cases already done find nothing left to do.</summary>
    public const int BatchSize = 100;

    public void ScheduleCheck(Guid caseId, DateOnly dueOn)
    {
        var delay = CheckMomentOn(dueOn) - clock.GetUtcNow();
        if (delay <= TimeSpan.Zero)
        {
            jobs.Enqueue<DeadlineJobs>(j => j.ApplyDueDeadlinesAsync(caseId, CancellationToken.None));
        }
        else
        {
            jobs.Schedule<DeadlineJobs>(j => j.ApplyDueDeadlinesAsync(caseId, CancellationToken.None), delay);
        }
    }

    /// <summary>
    /// One job per <see cref="BatchSize"/> cases: storing a job costs some milliseconds, so a sweep that finds thousands of
    /// cases due would otherwise spend seconds only on queueing. Each case still gets its own command and transaction.
    /// </summary>
    public void CheckNow(IReadOnlyList<Guid> caseIds)
    {
        foreach (var batch in caseIds.Chunk(BatchSize))
        {
            jobs.Enqueue<DeadlineJobs>(j => j.ApplyDueDeadlinesOfAsync(batch, CancellationToken.None));
        }
    }

    /// <summary>00:05 in Brussels on <paramref name="day"/>, with that day's offset (+01:00 in winter, +02:00 in summer).</summary>
    public static DateTimeOffset CheckMomentOn(DateOnly day) => BelgianTime.FromLocalTime(day.ToDateTime(CheckTime));
}
