namespace Sac.Domain.Calendar;

/// <summary>Legal terms count in Belgian calendar days, and people read clocks in Brussels: instants are converted here.</summary>
public static class BelgianTime
{
    private static readonly TimeZoneInfo Brussels = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");

    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(LocalTimeOf(instant));

    /// <summary>The wall-clock time in Brussels at <paramref name="instant"/>.</summary>
    public static DateTime LocalTimeOf(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Brussels).DateTime;

    /// <summary>The instant a Brussels wall-clock time stands for, with the offset in force on that day.</summary>
    public static DateTimeOffset FromLocalTime(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, Brussels.GetUtcOffset(unspecified));
    }
}
