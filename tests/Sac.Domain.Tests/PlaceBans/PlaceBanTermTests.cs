using Sac.Domain.PlaceBans;
using static Sac.Domain.Tests.TestData.Build;

namespace Sac.Domain.Tests.PlaceBans;

/// <summary>The last day of a period of one month: the day before the same day next month, or the last day of a shorter month.</summary>
public sealed class PlaceBanTermTests
{
    [Theory]
    [InlineData("2025-03-01", "2025-03-31")]
    [InlineData("2025-03-15", "2025-04-14")]
    [InlineData("2025-12-15", "2026-01-14")] // over the year end
    [InlineData("2025-01-28", "2025-02-27")]
    [InlineData("2025-01-29", "2025-02-28")] // no 29 February in 2025
    [InlineData("2025-01-30", "2025-02-28")]
    [InlineData("2025-01-31", "2025-02-28")]
    [InlineData("2024-01-29", "2024-02-28")] // leap year: 29 February exists, the period ends the day before
    [InlineData("2024-01-30", "2024-02-29")]
    [InlineData("2024-01-31", "2024-02-29")]
    [InlineData("2024-02-29", "2024-03-28")]
    [InlineData("2025-03-31", "2025-04-30")]
    [InlineData("2025-05-31", "2025-06-30")]
    public void LastDay_OfOneMonth(string start, string lastDay) =>
        Assert.Equal(Date(lastDay), PlaceBanTerm.LastDay(Date(start), 1));
}
