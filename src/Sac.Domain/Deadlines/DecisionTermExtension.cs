namespace Sac.Domain.Deadlines;

/// <summary>What lengthens the decision limit from 6 months (gas-law.md §5, T10).</summary>
public enum DecisionTermExtension
{
    None,
    AlternativeMeasureOffered,
    MediationPaymentPlan,
}
