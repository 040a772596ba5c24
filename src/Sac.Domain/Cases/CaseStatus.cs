namespace Sac.Domain.Cases;

/// <summary>Every status of the procedure, from the finding to closure (gas-law.md §3, §5).</summary>
public enum CaseStatus
{
    Registered,
    ReportedToProsecutor,
    ParentsInformed,
    MediationOffered,
    MediationFailed,
    CommunityServiceOffered,
    NoticeSent,
    HearingScheduled,
    ReadyForDecision,
    Decided,
    DecisionNotified,
    Appealed,
    Enforceable,
    PaymentReminded,
    InCollection,
    Paid,
    Closed,
}
