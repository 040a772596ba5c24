namespace Sac.Domain.Cases;

/// <summary>How a local mediation ended (gas-law.md §3.5).</summary>
public enum MediationOutcome
{
    /// <summary>Agreement reached and carried out: no fine may follow.</summary>
    Succeeded,

    /// <summary>An agreement whose payment plan is still running: the decision limit becomes 15 months.</summary>
    AgreementWithPaymentPlan,

    Refused,
    Failed,
}
