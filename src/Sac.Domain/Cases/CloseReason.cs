namespace Sac.Domain.Cases;

/// <summary>Why a case was closed; the reasons a case can close without sanction are marked in <see cref="CloseReasons"/>.</summary>
public enum CloseReason
{
    NotSanctionable,
    NoSanction,
    TimeBarred,
    Prosecuted,
    NoProsecutorAgreement,
    MediationSucceeded,
    CommunityServicePerformed,
    Paid,
    Annulled,
}

public static class CloseReasons
{
    public static bool IsWithoutSanction(this CloseReason reason) => reason
        is CloseReason.NotSanctionable or CloseReason.NoSanction or CloseReason.TimeBarred
        or CloseReason.Prosecuted or CloseReason.NoProsecutorAgreement or CloseReason.MediationSucceeded;
}
