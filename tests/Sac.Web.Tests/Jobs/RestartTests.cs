using Sac.Domain.Cases;
using Sac.Infrastructure.Jobs;
using Sac.Testing;
using Sac.Web.Tests.Support;

namespace Sac.Web.Tests.Jobs;

/// <summary>A deadline job outlives the process that scheduled it: it runs, once, after a restart.</summary>
public sealed class RestartTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_deadline_job_scheduled_before_a_restart_runs_once_after_it()
    {
        using var folder = new TemporaryFolder();

        // Hangfire waits in real time for what the business clock computed: the first instance's clock stands 2 s before
        // the 00:05 check on the day the defence period's check is due, so that job falls due seconds later, while no server runs.
        var beforeTheCheck = HangfireDeadlineScheduler.CheckMomentOn(DeadlineCases.DefenceCheckDue).AddSeconds(-2);
        Guid caseId;
        PendingCheck check;
        await using (var first = new SacAppOnFolder(folder.Path) { Now = beforeTheCheck, RunsJobs = false })
        {
            caseId = await DeadlineCases.RecordAsync(first);
            await DeadlineCases.SendNoticeAsync(first, caseId, DeadlineCases.NoticeSentOn);
            Assert.Equal(nameof(CaseStatus.NoticeSent), (await DeadlineCases.ReadAsync(first, caseId)).Status());
            check = Assert.Single(DeadlineCases.PendingChecks(first, caseId), c => c.EnqueueAt < DateTime.UtcNow.AddMinutes(1));
        }

        var dueIn = check.EnqueueAt!.Value - DateTime.UtcNow;
        if (dueIn > TimeSpan.Zero)
        {
            await Task.Delay(dueIn + TimeSpan.FromMilliseconds(100));
        }

        await using var second = new SacAppOnFolder(folder.Path) { Now = DeadlineCases.AfterTheDefencePeriod, RunsJobs = true };
        await DeadlineCases.WaitUntilAsync(
            async () => (await DeadlineCases.ReadAsync(second, caseId)).Status() == nameof(CaseStatus.ReadyForDecision)
                && DeadlineCases.TimesSucceeded(second, check.Id) > 0,
            Generous,
            "the case is ready for decision and the persisted job succeeded");

        var read = await DeadlineCases.ReadAsync(second, caseId);
        Assert.Equal(1, read.EventCount(CaseEvent.DefencePeriodEnded));
        Assert.Equal(1, DeadlineCases.TimesSucceeded(second, check.Id));
        var sweep = DeadlineCases.RecurringJob(second, DeadlineJobs.SweepJobId);
        Assert.NotNull(sweep);
        Assert.Equal("15 0 * * *", sweep.Cron);
        Assert.Equal("Europe/Brussels", sweep.TimeZoneId);
    }
}
