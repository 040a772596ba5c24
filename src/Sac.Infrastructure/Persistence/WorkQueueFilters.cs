using System.Linq.Expressions;
using Sac.Application.Cases.SearchCases;
using Sac.Domain.Cases;

namespace Sac.Infrastructure.Persistence;

/// <summary>
/// The one definition of each work queue, shared by the inbox and the dashboard's counters. Each is a status filter (the
/// index on municipality and status) plus plain comparisons of stored columns with values, never a function of a column.
/// </summary>
internal static class WorkQueueFilters
{
    private static readonly CaseStatus[] BeforeDecision = [.. CaseTransitions.BeforeDecision];

    /// <summary>The statuses a notice of proceedings may follow; one may come back there after the notice (mediation failed).</summary>
    private static readonly CaseStatus[] BeforeNotice = [CaseStatus.Registered, CaseStatus.ParentsInformed, CaseStatus.MediationFailed];

    public static Expression<Func<Case, bool>> Of(WorkQueue queue, DateOnly today)
    {
        var timeBarFrom = today.AddDays(WorkQueues.TimeBarRiskDays);
        return queue switch
        {
            WorkQueue.TimeBarRisk => c => BeforeDecision.Contains(c.Status) && c.Deadlines.Decision <= timeBarFrom,
            WorkQueue.PaymentOverdue => c => c.Status == CaseStatus.PaymentReminded && c.OverdueSince != null,
            WorkQueue.ToNotify => c => BeforeNotice.Contains(c.Status) && c.NoticeSentOn == null,
            WorkQueue.DefenceEnded => c => c.Status == CaseStatus.ReadyForDecision,
            WorkQueue.HearingPlanned => c => c.Status == CaseStatus.HearingScheduled,
            WorkQueue.AwaitingValidation => c => BeforeDecision.Contains(c.Status) && c.Device != null && c.Validation == null,
            _ => throw new ArgumentOutOfRangeException(nameof(queue), queue, "Not a work queue."),
        };
    }
}
