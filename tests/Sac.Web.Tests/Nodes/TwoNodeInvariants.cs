using Hangfire.States;
using Sac.Domain.Cases;
using Sac.Testing;

namespace Sac.Web.Tests.Nodes;

/// <summary>What must hold once two nodes, one of them killed on the way, have done their work: each problem as a line.</summary>
internal static class TwoNodeInvariants
{
    /// <summary>
    /// Polls until nothing is queued or running and every job is done, but the checks that wait for a later day of their
    /// case (no retry pending either); fails with what is not.
    /// </summary>
    public static async Task SettleAsync(TestDatabase database, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (Unsettled(database) is { } pending)
        {
            Assert.True(DateTime.UtcNow < deadline, $"After {timeout.TotalSeconds} s, {pending}");
            await Task.Delay(TimeSpan.FromMilliseconds(250));
        }
    }

    /// <summary>Every finding sent is stored once, and nothing else is.</summary>
    public static IEnumerable<string> FindingProblems(IReadOnlyList<string> expected, IReadOnlyList<StoredCase> cases)
    {
        var stored = cases.GroupBy(c => c.ExternalId ?? "(none)").ToDictionary(g => g.Key, g => g.Count());
        foreach (var lost in expected.Where(id => !stored.ContainsKey(id)))
        {
            yield return $"Finding {lost} was lost.";
        }

        foreach (var (id, count) in stored.Where(s => s.Value > 1 || !expected.Contains(s.Key)))
        {
            yield return $"Finding {id} is stored {count} time(s), expected {(expected.Contains(id) ? 1 : 0)}.";
        }
    }

    /// <summary>
    /// A time-barred case closed as such, another ready for decision; each step once on its timeline and once in the audit
    /// trail, the check's own (the closure, the end of the defence period) included.
    /// </summary>
    public static IEnumerable<string> EffectProblems(StoredCase stored, bool timeBarred)
    {
        var (status, steps) = timeBarred
            ? (nameof(CaseStatus.Closed), new[] { CaseEvent.CaseClosed })
            : (nameof(CaseStatus.ReadyForDecision), new[] { CaseEvent.NoticeSent, CaseEvent.DefencePeriodEnded });
        if (stored.Status != status || (timeBarred && stored.CloseReason != nameof(CloseReason.TimeBarred)))
        {
            yield return $"Case {stored.ExternalId} is {stored.Status} ({stored.CloseReason}), expected {status}.";
        }

        if (stored.Events.GetValueOrDefault(CaseEvent.FindingRecorded) != 1 || stored.Audit.GetValueOrDefault("CaseCreated") != 1)
        {
            yield return $"Case {stored.ExternalId} was recorded {stored.Events.GetValueOrDefault(CaseEvent.FindingRecorded)} time(s), audited {stored.Audit.GetValueOrDefault("CaseCreated")}.";
        }

        foreach (var step in steps.Where(s => stored.Times(s) != (1, 1)))
        {
            yield return $"Case {stored.ExternalId}: {step} is {stored.Times(step).Timeline} time(s) on the timeline, {stored.Times(step).Audit} in the audit trail.";
        }
    }

    /// <summary>
    /// Every check due now succeeded exactly once, and was started on a second node only when <paramref name="killed"/> had
    /// been running it; every case had one.
    /// </summary>
    public static IEnumerable<string> CheckProblems(IReadOnlyList<StoredCase> cases, IReadOnlyList<DeadlineJob> checks, AppNode killed)
    {
        foreach (var check in checks.Where(c => !c.WaitsForALaterDay))
        {
            if (check.State != SucceededState.StateName || check.Times(SucceededState.StateName) != 1)
            {
                yield return $"Check {check.Id} of {string.Join(", ", check.CaseIds)} is {check.State}, succeeded {check.Times(SucceededState.StateName)} time(s).";
            }

            if (check.ProcessedBy.SkipLast(1).FirstOrDefault(server => !killed.IsHangfireServer(server)) is { } twice)
            {
                yield return $"Check {check.Id} of {string.Join(", ", check.CaseIds)} ran on {twice} and again on {check.ProcessedBy[^1]}.";
            }
        }

        foreach (var missing in cases.Where(c => !checks.Any(j => j.CaseIds.Contains(c.Id) && j.State == SucceededState.StateName)))
        {
            yield return $"Case {missing.ExternalId} had no check that succeeded.";
        }
    }

    private static string? Unsettled(TestDatabase database)
    {
        var queued = DeadlineJobLedger.Queued(database);
        var states = DeadlineJobLedger.JobsPerState(database);
        var checks = DeadlineJobLedger.Checks(database);
        var open = checks.Where(c => c.State != SucceededState.StateName && !c.WaitsForALaterDay).ToList();
        var done = states.Keys.All(s => s == SucceededState.StateName || s == ScheduledState.StateName || s == DeadlineJobLedger.NoState)
            && states.GetValueOrDefault(ScheduledState.StateName) == checks.Count(c => c.WaitsForALaterDay);
        return queued == 0 && open.Count == 0 && done
            ? null
            : $"{queued} job(s) in the queues; jobs per state: {string.Join(", ", states.Select(s => $"{s.Key} {s.Value}"))}; checks not done: "
                + string.Join("; ", open.Select(c => $"{c.Id} {string.Join(" > ", c.History.Select(h => $"{h.Name} {h.ServerId}"))}"));
    }
}
