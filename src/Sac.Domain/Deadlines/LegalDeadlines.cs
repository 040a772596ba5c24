using Sac.Domain.Calendar;
using Sac.Domain.LegalRegimes;

namespace Sac.Domain.Deadlines;

/// <summary>The deadlines known when a finding comes in (gas-law.md §0b, §5).</summary>
public static class LegalDeadlines
{
    /// <summary>The finding reaches the sanctioning official (or prosecutor) within 2 months of the finding date.</summary>
    public static DateOnly Transmission(DateOnly findingDate, LegalRegime regime) =>
        LegalTerm.LastDayOfMonths(findingDate, regime.TransmissionMonths);

    /// <summary>
    /// No fine after 6 months (12 or 15 with an alternative measure or a mediation payment plan),
    /// counted from the earlier of the facts and the finding. The last day does not move for
    /// weekends or holidays: the conservative reading of §0b.
    /// </summary>
    public static DateOnly DecisionLimit(DateOnly factsDate, DateOnly findingDate, LegalRegime regime, DecisionTermExtension extension)
    {
        var start = factsDate < findingDate ? factsDate : findingDate;
        var months = extension switch
        {
            DecisionTermExtension.AlternativeMeasureOffered => regime.DecisionMonthsWithAlternativeMeasure,
            DecisionTermExtension.MediationPaymentPlan => regime.DecisionMonthsWithMediationPaymentPlan,
            _ => regime.DecisionMonths,
        };
        return LegalTerm.LastDayOfMonths(start, months);
    }
}
