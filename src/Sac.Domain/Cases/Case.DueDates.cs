using Sac.Domain.Calendar;

namespace Sac.Domain.Cases;

/// <summary>
/// What the passing of time does to a case: windows that end, terms that expire, the decision limit that
/// approaches and passes. Re-deriving from the stored deadlines makes it idempotent: applying it twice on the
/// same day changes nothing the second time, so a job that runs twice, or a sweep after a lost job, is safe.
/// </summary>
public sealed partial class Case
{
    /// <summary>The smallest number of days before the decision limit the official was warned at; null before the first warning.</summary>
    public int? TimeBarWarnedAtDays { get; private set; }

    /// <summary>Applies every deadline that has passed by <paramref name="now"/>; true when the case changed.</summary>
    public bool ApplyDueDeadlines(int paymentTermDays, DateTimeOffset now, string by)
    {
        var today = BelgianTime.DateOf(now);
        var changed = false;

        // One step can open the next (an appeal window that ended long ago makes the payment term run): repeat until stable.
        while (ApplyProsecutorWindow(today, now, by) | ApplyDefencePeriod(today, now, by) | ApplyAppealWindow(today, paymentTermDays, now, by)
            | ApplyPaymentTerm(today, now, by) | ApplyReminderTerm(today, now, by) | ApplyTimeBar(today, now, by))
        {
            changed = true;
        }

        NextDueOn = NextDueDate();
        return changed;
    }

    /// <summary>The next day on which <see cref="ApplyDueDeadlines"/> may change this case; null when none is pending.</summary>
    public DateOnly? NextDueDate()
    {
        if (Status == CaseStatus.Closed)
        {
            return null;
        }

        DateOnly? Next(DateOnly? lastDay) => lastDay?.AddDays(1);
        return Status switch
        {
            CaseStatus.NoticeSent => Earliest(Next(Deadlines.Defence), Earliest(ProsecutorWindowDue(), TimeBarDue())),
            CaseStatus.DecisionNotified => Next(Deadlines.Appeal),
            CaseStatus.Enforceable or CaseStatus.PaymentReminded when OverdueSince is null && AmountDue is not null => Next(Deadlines.Payment),
            _ when CaseTransitions.BeforeDecision.Contains(Status) => Earliest(ProsecutorWindowDue(), TimeBarDue()),
            _ => null,
        };
    }

    private DateOnly? TimeBarDue()
    {
        var pendingWarning = Regime.TimeBarWarningDays.Where(d => TimeBarWarnedAtDays is null || d < TimeBarWarnedAtDays).ToList();
        return pendingWarning.Count > 0 ? Deadlines.Decision.AddDays(-pendingWarning.Max()) : Deadlines.Decision.AddDays(1);
    }

    private static DateOnly? Earliest(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a < b ? a : b;

    /// <summary>Warns 30 and 7 days before the decision limit; closes the case the day after it, if undecided.</summary>
    private bool ApplyTimeBar(DateOnly today, DateTimeOffset now, string by)
    {
        if (!CaseTransitions.BeforeDecision.Contains(Status))
        {
            return false;
        }

        var limit = Deadlines.Decision;
        if (today > limit)
        {
            return CloseFor(Cases.CloseReason.TimeBarred, null, now, by).IsSuccess;
        }

        var daysLeft = limit.DayNumber - today.DayNumber;
        var warning = Regime.TimeBarWarningDays.Where(d => daysLeft <= d && (TimeBarWarnedAtDays is null || d < TimeBarWarnedAtDays)).DefaultIfEmpty().Min();
        if (warning == 0)
        {
            return false;
        }

        return Record(new CaseEvent(now, CaseEvent.TimeBarWarning, by, $"{limit:yyyy-MM-dd} ({daysLeft})"), () => TimeBarWarnedAtDays = warning).IsSuccess;
    }
}
