using System.Globalization;

namespace Sac.Web.Hosting;

/// <summary>
/// "Now" for the whole application. Outside Production, <c>Clock:Now</c> fixes the current
/// instant (api-v1.md), so acceptance environments can replay past dates.
/// </summary>
internal static class ClockRegistration
{
    public static IServiceCollection AddSacClock(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var fixedNow = configuration["Clock:Now"];
        if (string.IsNullOrWhiteSpace(fixedNow) || environment.IsProduction())
        {
            return services.AddSingleton(TimeProvider.System);
        }

        var instant = DateTimeOffset.Parse(fixedNow, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
        return services.AddSingleton<TimeProvider>(new FixedTimeProvider(instant));
    }

    private sealed class FixedTimeProvider(DateTimeOffset instant) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => instant.ToUniversalTime();
    }
}
