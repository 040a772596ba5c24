using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Sac.Domain.Cases;
using Sac.Infrastructure.Jobs;
using Sac.Testing;
using Sac.Web.Tests.Support;

namespace Sac.Web.Tests.Jobs;

/// <summary>The jobs themselves, run as a worker would, on an application that runs no server of its own.</summary>
public sealed class DeadlineJobsTests(DeadlineJobsTests.AfterTheDefencePeriodApp app) : IClassFixture<DeadlineJobsTests.AfterTheDefencePeriodApp>
{
    [Fact]
    public async Task Applying_the_due_deadlines_twice_ends_the_defence_period_once()
    {
        var caseId = await DeadlineCases.RecordAsync(app);
        await DeadlineCases.SendNoticeAsync(app, caseId, DeadlineCases.NoticeSentOn);
        var before = await DeadlineCases.ReadAsync(app, caseId);

        await DeadlineCases.RunAsync(app, jobs => jobs.ApplyDueDeadlinesAsync(caseId, CancellationToken.None));
        await DeadlineCases.RunAsync(app, jobs => jobs.ApplyDueDeadlinesAsync(caseId, CancellationToken.None));

        var after = await DeadlineCases.ReadAsync(app, caseId);
        Assert.Equal(nameof(CaseStatus.NoticeSent), before.Status());
        Assert.Equal(nameof(CaseStatus.ReadyForDecision), after.Status());
        Assert.Equal(1, after.EventCount(CaseEvent.DefencePeriodEnded));
        Assert.Equal(before.Version() + 1, after.Version());
    }

    [Fact]
    public async Task The_sweep_finds_a_due_case_whose_job_was_lost_and_checks_it()
    {
        var caseId = await DeadlineCases.RecordAsync(app);
        await DeadlineCases.SendNoticeAsync(app, caseId, DeadlineCases.NoticeSentOn);
        var jobs = app.Services.GetRequiredService<IBackgroundJobClient>();
        foreach (var lost in DeadlineCases.PendingChecks(app, caseId))
        {
            Assert.True(jobs.Delete(lost.Id));
        }

        Assert.Empty(DeadlineCases.PendingChecks(app, caseId));

        await DeadlineCases.RunAsync(app, j => j.SweepAsync(CancellationToken.None));

        // Due today: the check is enqueued at once, in a batch, not scheduled; performing it (as a worker would) applies the deadline.
        var check = Assert.Single(DeadlineCases.PendingChecks(app, caseId));
        Assert.Null(check.EnqueueAt);
        Assert.Equal(nameof(DeadlineJobs.ApplyDueDeadlinesOfAsync), check.Job.Method.Name);
        await DeadlineCases.RunAsync(app, j => j.ApplyDueDeadlinesOfAsync((Guid[])check.Job.Args[0], CancellationToken.None));
        var read = await DeadlineCases.ReadAsync(app, caseId);
        Assert.Equal(nameof(CaseStatus.ReadyForDecision), read.Status());
        Assert.Equal(1, read.EventCount(CaseEvent.DefencePeriodEnded));
    }

    /// <summary>The application on 15 April 2025, when the defence period of a notice sent on 10 March is over.</summary>
    public sealed class AfterTheDefencePeriodApp : SacAppFactory
    {
        public AfterTheDefencePeriodApp() => Now = DeadlineCases.AfterTheDefencePeriod;
    }
}
