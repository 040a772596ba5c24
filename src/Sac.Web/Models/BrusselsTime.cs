using Sac.Domain.Calendar;

namespace Sac.Web.Models;

/// <summary>
/// People read and type times on the Brussels clock; the application keeps instants. Form inputs
/// (datetime-local) carry no offset: <see cref="BelgianTime.FromLocalTime"/> applies Brussels' offset of that day.
/// </summary>
public static class BrusselsTime
{
    public static DateTimeOffset FromLocal(DateTime local) => BelgianTime.FromLocalTime(local);

    public static DateTime ToLocal(DateTimeOffset instant) => BelgianTime.LocalTimeOf(instant);

    /// <summary>The current minute in Brussels, as a datetime-local input shows it.</summary>
    public static DateTime Now(TimeProvider clock)
    {
        var now = ToLocal(clock.GetUtcNow());
        return new DateTime(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, DateTimeKind.Unspecified);
    }

    public static DateOnly Today(TimeProvider clock) => BelgianTime.DateOf(clock.GetUtcNow());
}
