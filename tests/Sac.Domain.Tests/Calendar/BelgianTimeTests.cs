using System.Globalization;
using Sac.Domain.Calendar;

namespace Sac.Domain.Tests.Calendar;

public sealed class BelgianTimeTests
{
    [Theory]
    [InlineData("2025-03-01T22:15:00", "2025-03-01T22:15:00+01:00")] // winter time
    [InlineData("2025-07-21T10:00:00", "2025-07-21T10:00:00+02:00")] // summer time
    [InlineData("2025-03-30T01:59:00", "2025-03-30T01:59:00+01:00")] // the minute before the clocks go forward
    public void FromLocalTime_AppliesTheOffsetInForceThatDay(string local, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture),
            BelgianTime.FromLocalTime(DateTime.Parse(local, CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("2024-12-31T22:59:59+00:00", "2024-12-31")]
    [InlineData("2024-12-31T23:00:00+00:00", "2025-01-01")] // midnight in Brussels
    [InlineData("2025-06-30T22:00:00+00:00", "2025-07-01")] // midnight in summer time
    public void DateOf_ReadsTheDateOnTheBrusselsClock(string instant, string date) =>
        Assert.Equal(DateOnly.Parse(date, CultureInfo.InvariantCulture),
            BelgianTime.DateOf(DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture)));

    [Fact]
    public void LocalTimeOf_IsTheWallClockInBrussels() =>
        Assert.Equal(new DateTime(2025, 3, 1, 22, 15, 0), BelgianTime.LocalTimeOf(new DateTimeOffset(2025, 3, 1, 21, 15, 0, TimeSpan.Zero)));
}
