using System.Globalization;
using Microsoft.Extensions.Time.Testing;

namespace Sac.Application.Tests.TestData;

internal static class TestClock
{
    /// <summary>A clock standing still at an ISO 8601 instant with offset.</summary>
    public static FakeTimeProvider At(string instant) => new(Instant(instant));

    public static DateTimeOffset Instant(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture);

    public static DateOnly Date(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
