namespace Sac.Web.Models;

/// <summary>
/// People read and type times on the Brussels clock; the application keeps instants. Form inputs
/// (datetime-local) carry no offset, so the offset in force in Brussels on that day is applied.
/// </summary>
public static class BrusselsTime
{
    private static readonly TimeZoneInfo Brussels = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");

    public static DateTimeOffset FromLocal(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, Brussels.GetUtcOffset(unspecified));
    }

    public static DateTime ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Brussels).DateTime;

    /// <summary>The current minute in Brussels, as a datetime-local input shows it.</summary>
    public static DateTime Now(TimeProvider clock)
    {
        var now = ToLocal(clock.GetUtcNow());
        return new DateTime(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, DateTimeKind.Unspecified);
    }

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(ToLocal(clock.GetUtcNow()));
}
