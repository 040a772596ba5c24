namespace Sac.Domain.PlaceBans;

/// <summary>How long one period of a place ban may run.</summary>
public static class PlaceBanTerm
{
    /// <summary>
    /// The last day a period starting on <paramref name="start"/> may run for <paramref name="months"/> months: the day before
    /// the same day of the month that many months later (1 March → 31 March), or the last day of that month when it has no
    /// such day (31 January → 28 or 29 February).
    /// </summary>
    public static DateOnly LastDay(DateOnly start, int months)
    {
        var target = start.AddMonths(months);
        return target.Day < start.Day ? target : target.AddDays(-1);
    }
}
