using System.Collections.Frozen;

namespace Sac.Domain.Cases;

/// <summary>The one table of allowed status changes; every transition of <see cref="Case"/> checks it.</summary>
public static class CaseTransitions
{
    private static readonly CaseStatus[] Alternatives = [CaseStatus.MediationOffered, CaseStatus.CommunityServiceOffered];

    private static readonly FrozenDictionary<CaseStatus, CaseStatus[]> Allowed = new Dictionary<CaseStatus, CaseStatus[]>
    {
        [CaseStatus.Registered] = [CaseStatus.ReportedToProsecutor, CaseStatus.ParentsInformed, .. Alternatives, CaseStatus.NoticeSent, CaseStatus.Decided, CaseStatus.Closed],
        [CaseStatus.ReportedToProsecutor] = [CaseStatus.ParentsInformed, .. Alternatives, CaseStatus.NoticeSent, CaseStatus.Decided, CaseStatus.Closed],
        [CaseStatus.ParentsInformed] = [.. Alternatives, CaseStatus.NoticeSent, CaseStatus.Decided, CaseStatus.Closed],
        [CaseStatus.MediationOffered] = [CaseStatus.MediationFailed, CaseStatus.Decided, CaseStatus.Closed],
        [CaseStatus.MediationFailed] = [CaseStatus.CommunityServiceOffered, CaseStatus.NoticeSent, CaseStatus.HearingScheduled, CaseStatus.ReadyForDecision, CaseStatus.Decided, CaseStatus.Closed],
        [CaseStatus.CommunityServiceOffered] = [CaseStatus.MediationOffered, CaseStatus.NoticeSent, CaseStatus.HearingScheduled, CaseStatus.ReadyForDecision, CaseStatus.Decided, CaseStatus.Closed],
        [CaseStatus.NoticeSent] = [CaseStatus.HearingScheduled, CaseStatus.ReadyForDecision, .. Alternatives, CaseStatus.Decided, CaseStatus.Closed],
        [CaseStatus.HearingScheduled] = [CaseStatus.ReadyForDecision, .. Alternatives, CaseStatus.Decided, CaseStatus.Closed],
        [CaseStatus.ReadyForDecision] = [CaseStatus.HearingScheduled, .. Alternatives, CaseStatus.Decided, CaseStatus.Closed],
        [CaseStatus.Decided] = [CaseStatus.DecisionNotified, CaseStatus.Closed],
        [CaseStatus.DecisionNotified] = [CaseStatus.Appealed, CaseStatus.Enforceable, CaseStatus.Closed],
        [CaseStatus.Appealed] = [CaseStatus.Enforceable, CaseStatus.Closed],

        // Community service not performed: the official may still impose a fine.
        [CaseStatus.Enforceable] = [CaseStatus.PaymentReminded, CaseStatus.Paid, CaseStatus.InCollection, CaseStatus.ReadyForDecision, CaseStatus.Closed],
        [CaseStatus.PaymentReminded] = [CaseStatus.Paid, CaseStatus.InCollection, CaseStatus.Closed],
        [CaseStatus.InCollection] = [CaseStatus.Paid, CaseStatus.Closed],
        [CaseStatus.Paid] = [CaseStatus.Closed],
        [CaseStatus.Closed] = [],
    }.ToFrozenDictionary();

    /// <summary>Statuses before a decision: the only ones a case can be closed without sanction from.</summary>
    public static IReadOnlySet<CaseStatus> BeforeDecision { get; } = new HashSet<CaseStatus>
    {
        CaseStatus.Registered, CaseStatus.ReportedToProsecutor, CaseStatus.ParentsInformed, CaseStatus.MediationOffered,
        CaseStatus.MediationFailed, CaseStatus.CommunityServiceOffered, CaseStatus.NoticeSent, CaseStatus.HearingScheduled,
        CaseStatus.ReadyForDecision,
    }.ToFrozenSet();

    /// <summary>Statuses in which a fine is owed and payments are expected.</summary>
    public static IReadOnlySet<CaseStatus> AwaitingPayment { get; } = new HashSet<CaseStatus>
    {
        CaseStatus.Enforceable, CaseStatus.PaymentReminded, CaseStatus.InCollection,
    }.ToFrozenSet();

    public static bool IsAllowed(CaseStatus from, CaseStatus to) => Allowed[from].Contains(to);

    public static IReadOnlyList<CaseStatus> From(CaseStatus status) => Allowed[status];
}
