namespace Sac.Domain.Calendar;

/// <summary>
/// Last days of legal terms (gas-law.md §5, Judicial Code art. 52–54): the day of the triggering event is
/// not counted and the returned last day is inclusive. Whether a last day on a weekend or holiday moves
/// depends on the term (the decision limit does not move), so moving is a separate, explicit step.
/// A negative count looks back from <c>start</c> by the same rule (the recidivism window does).
/// </summary>
public static class LegalTerm
{
    /// <summary>A term of <paramref name="days"/> days after <paramref name="start"/> ends on start + days.</summary>
    public static DateOnly LastDayOfDays(DateOnly start, int days) => start.AddDays(days);

    /// <summary>
    /// The same day of the month <paramref name="months"/> later; when that month is shorter, its last day
    /// (31 January + 1 month = 28 or 29 February), which is exactly how <see cref="DateOnly.AddMonths"/> clamps.
    /// </summary>
    public static DateOnly LastDayOfMonths(DateOnly start, int months) => start.AddMonths(months);

    /// <summary>A last day on a Saturday, Sunday or public holiday moves to the next working day.</summary>
    public static DateOnly MovedToNextWorkingDay(DateOnly lastDay) => BelgianCalendar.OnOrNextWorkingDay(lastDay);
}
