namespace Sac.Domain.Cases;

/// <summary>One line of a case's timeline; <see cref="Type"/> is one of the constants below.</summary>
public sealed record CaseEvent(DateTimeOffset At, string Type, string By, string? Detail = null)
{
    public const string FindingRecorded = "FindingRecorded";
    public const string FindingValidated = "FindingValidated";
    public const string OffenderIdentified = "OffenderIdentified";
    public const string HolderNotFound = "HolderNotFound";
    public const string ReportedToProsecutor = "ReportedToProsecutor";
    public const string ProsecutorAnswered = "ProsecutorAnswered";
    public const string ProsecutorWindowEnded = "ProsecutorWindowEnded";
    public const string ParentsInformed = "ParentsInformed";
    public const string LawyerRequested = "LawyerRequested";
    public const string MediationOffered = "MediationOffered";
    public const string MediationEnded = "MediationEnded";
    public const string CommunityServiceOffered = "CommunityServiceOffered";
    public const string NoticeSent = "NoticeSent";
    public const string DefenceReceived = "DefenceReceived";
    public const string HearingScheduled = "HearingScheduled";
    public const string HearingHeld = "HearingHeld";
    public const string DefencePeriodEnded = "DefencePeriodEnded";
    public const string Decided = "Decided";
    public const string DecisionNotified = "DecisionNotified";
    public const string AppealFiled = "AppealFiled";
    public const string AppealDecided = "AppealDecided";
    public const string BecameEnforceable = "BecameEnforceable";
    public const string CommunityServiceEnded = "CommunityServiceEnded";
    public const string PaymentRegistered = "PaymentRegistered";
    public const string RefundRecorded = "RefundRecorded";
    public const string PaymentReminded = "PaymentReminded";
    public const string PaymentOverdue = "PaymentOverdue";
    public const string HandedOverToCollection = "HandedOverToCollection";
    public const string TimeBarWarning = "TimeBarWarning";
    public const string CaseClosed = "CaseClosed";
    public const string Anonymised = "Anonymised";
}
