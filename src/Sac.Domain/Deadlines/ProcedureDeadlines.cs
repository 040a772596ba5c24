using Sac.Domain.Calendar;
using Sac.Domain.LegalRegimes;
using Sac.Domain.Municipalities;

namespace Sac.Domain.Deadlines;

/// <summary>
/// The deadlines the steps of the procedure start (gas-law.md §0b, §5 T3–T15). Terms that protect the
/// offender (defence, appeal, payment) end on a working day: a last day on a weekend or holiday moves to
/// the next one. The decision limit never moves (<see cref="LegalDeadlines.DecisionLimit"/>).
/// </summary>
public static class ProcedureDeadlines
{
    /// <summary>A registered letter is deemed received on the 3rd working day after it was posted.</summary>
    public static DateOnly DeemedReceipt(DateOnly postedOn, LegalRegime regime) =>
        BelgianCalendar.AddWorkingDays(postedOn, regime.DeemedReceiptWorkingDays);

    /// <summary>15 days from the deemed receipt of the notice, 30 for art. 3,3° traffic infractions.</summary>
    public static DateOnly Defence(DateOnly noticePostedOn, InfractionCategory category, LegalRegime regime)
    {
        var days = category.IsTrafficWithFixedFine() ? regime.TrafficDefenceDays : regime.DefenceDays;
        return LegalTerm.MovedToNextWorkingDay(LegalTerm.LastDayOfDays(DeemedReceipt(noticePostedOn, regime), days));
    }

    /// <summary>2 months from the prosecutor's receipt of the report; it ends on the calendar day (the offender is not the one waiting).</summary>
    public static DateOnly ProsecutorAnswer(DateOnly reportReceivedOn, LegalRegime regime) =>
        LegalTerm.LastDayOfMonths(reportReceivedOn, regime.ProsecutorAnswerMonths);

    /// <summary>1 month from the deemed receipt of the decision's notification.</summary>
    public static DateOnly Appeal(DateOnly notificationPostedOn, LegalRegime regime) =>
        LegalTerm.MovedToNextWorkingDay(LegalTerm.LastDayOfMonths(DeemedReceipt(notificationPostedOn, regime), regime.AppealMonths));

    /// <summary>The municipality's payment term from the day the decision became enforceable.</summary>
    public static DateOnly Payment(DateOnly enforceableOn, int paymentTermDays) =>
        LegalTerm.MovedToNextWorkingDay(LegalTerm.LastDayOfDays(enforceableOn, paymentTermDays));

    /// <summary>A reminder gives a new term counted from its posting.</summary>
    public static DateOnly Reminder(DateOnly remindedOn, LegalRegime regime) =>
        LegalTerm.MovedToNextWorkingDay(LegalTerm.LastDayOfDays(remindedOn, regime.ReminderTermDays));
}
