namespace Sac.Domain.Calendar;

/// <summary>Legal terms count in Belgian calendar days, so instants are read on the Brussels clock.</summary>
public static class BelgianTime
{
    private static readonly TimeZoneInfo Brussels = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");

    public static DateOnly DateOf(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Brussels).DateTime);
}
