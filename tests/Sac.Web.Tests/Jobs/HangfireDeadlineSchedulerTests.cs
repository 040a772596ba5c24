using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Microsoft.Extensions.Time.Testing;
using Sac.Infrastructure.Jobs;

namespace Sac.Web.Tests.Jobs;

/// <summary>When a case's deadline check runs: 00:05 Brussels time on the due day, measured on the business clock.</summary>
public sealed class HangfireDeadlineSchedulerTests
{
    private static readonly Guid CaseId = Guid.Parse("7d1c2a4e-8f1b-4c55-9a3e-0b6f2d9e1a77");

    [Theory]
    [InlineData("2025-01-15", "2025-01-14T23:05:00Z")] // winter: UTC+1
    [InlineData("2025-07-15", "2025-07-14T22:05:00Z")] // summer: UTC+2
    [InlineData("2025-03-30", "2025-03-29T23:05:00Z")] // summer time starts at 02:00 that day: 00:05 is still UTC+1
    [InlineData("2025-10-26", "2025-10-25T22:05:00Z")] // winter time starts at 03:00 that day: 00:05 is still UTC+2
    public void The_check_is_at_five_past_midnight_in_Brussels(string day, string utc) =>
        Assert.Equal(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), HangfireDeadlineScheduler.CheckMomentOn(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void A_day_to_come_is_scheduled_for_its_check_after_the_business_clocks_wait()
    {
        var now = new DateTimeOffset(2025, 3, 10, 10, 0, 0, TimeSpan.FromHours(1));
        var (jobs, scheduler) = Scheduler(now);

        var before = DateTime.UtcNow;
        scheduler.ScheduleCheck(CaseId, new DateOnly(2025, 3, 29));
        var after = DateTime.UtcNow;

        var (job, state) = Assert.Single(jobs.Created);
        var scheduled = Assert.IsType<ScheduledState>(state);
        var wait = new DateTimeOffset(2025, 3, 29, 0, 5, 0, TimeSpan.FromHours(1)) - now;
        Assert.InRange(scheduled.EnqueueAt, before + wait, after + wait);
        AssertIsTheCheckOf(job, CaseId);
    }

    [Theory]
    [InlineData("2025-03-29T00:05:00+01:00")] // the check's own minute
    [InlineData("2025-03-29T10:00:00+01:00")] // later that day
    [InlineData("2025-04-15T10:00:00+02:00")] // days later (a sweep, a restart)
    public void A_day_that_has_come_is_checked_at_once(string now)
    {
        var (jobs, scheduler) = Scheduler(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture));

        scheduler.ScheduleCheck(CaseId, new DateOnly(2025, 3, 29));

        var (job, state) = Assert.Single(jobs.Created);
        Assert.IsType<EnqueuedState>(state);
        AssertIsTheCheckOf(job, CaseId);
    }

    [Fact]
    public void A_minute_before_the_check_waits_a_minute()
    {
        var (jobs, scheduler) = Scheduler(new DateTimeOffset(2025, 3, 29, 0, 4, 0, TimeSpan.FromHours(1)));

        var before = DateTime.UtcNow;
        scheduler.ScheduleCheck(CaseId, new DateOnly(2025, 3, 29));
        var after = DateTime.UtcNow;

        var scheduled = Assert.IsType<ScheduledState>(Assert.Single(jobs.Created).State);
        Assert.InRange(scheduled.EnqueueAt, before.AddMinutes(1), after.AddMinutes(1));
    }

    [Theory]
    [InlineData(0, new int[0])]
    [InlineData(1, new[] { 1 })]
    [InlineData(HangfireDeadlineScheduler.BatchSize, new[] { HangfireDeadlineScheduler.BatchSize })]
    [InlineData(HangfireDeadlineScheduler.BatchSize + 1, new[] { HangfireDeadlineScheduler.BatchSize, 1 })]
    [InlineData(250, new[] { 100, 100, 50 })]
    public void The_sweeps_cases_are_checked_at_once_in_batches(int due, int[] batches)
    {
        var (jobs, scheduler) = Scheduler(new DateTimeOffset(2025, 3, 29, 0, 15, 0, TimeSpan.FromHours(1)));
        var caseIds = Enumerable.Range(0, due).Select(_ => Guid.NewGuid()).ToList();

        scheduler.CheckNow(caseIds);

        Assert.All(jobs.Created, created => Assert.IsType<EnqueuedState>(created.State));
        Assert.All(jobs.Created, created => Assert.Equal(nameof(DeadlineJobs.ApplyDueDeadlinesOfAsync), created.Job.Method.Name));
        var enqueued = jobs.Created.Select(created => (Guid[])created.Job.Args[0]).ToList();
        Assert.Equal(batches, enqueued.Select(batch => batch.Length));
        Assert.Equal(caseIds, enqueued.SelectMany(batch => batch));
    }

    private static void AssertIsTheCheckOf(Job job, Guid caseId)
    {
        Assert.Equal(typeof(DeadlineJobs), job.Type);
        Assert.Equal(nameof(DeadlineJobs.ApplyDueDeadlinesAsync), job.Method.Name);
        Assert.Equal(caseId, job.Args[0]);
    }

    private static (RecordingJobClient Jobs, HangfireDeadlineScheduler Scheduler) Scheduler(DateTimeOffset now)
    {
        var jobs = new RecordingJobClient();
        return (jobs, new HangfireDeadlineScheduler(jobs, new FakeTimeProvider(now)));
    }

    /// <summary>Keeps the jobs it is asked to create, with the state they would be created in.</summary>
    private sealed class RecordingJobClient : IBackgroundJobClient
    {
        public List<(Job Job, IState State)> Created { get; } = [];

        public string Create(Job job, IState state)
        {
            Created.Add((job, state));
            return Created.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        public bool ChangeState(string jobId, IState state, string expectedState) => throw new NotSupportedException();
    }
}
