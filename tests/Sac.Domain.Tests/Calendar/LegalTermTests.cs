using System.Globalization;
using Sac.Domain.Calendar;

namespace Sac.Domain.Tests.Calendar;

public sealed class LegalTermTests
{
    [Theory]
    [InlineData("2025-03-10", 15, "2025-03-25")]
    [InlineData("2025-03-10", 30, "2025-04-09")]
    [InlineData("2024-02-15", 30, "2024-03-16")] // leap year
    [InlineData("2023-02-15", 30, "2023-03-17")]
    [InlineData("2025-12-20", 15, "2026-01-04")]
    [InlineData("2025-03-10", 0, "2025-03-10")]
    [InlineData("2025-03-10", -10, "2025-02-28")]
    public void LastDayOfDays_Days_AddsThemToTheStart(string start, int days, string expected) =>
        Assert.Equal(Date(expected), LegalTerm.LastDayOfDays(Date(start), days));

    [Theory]
    [InlineData("2024-01-10", 6, "2024-07-10")]
    [InlineData("2024-01-31", 1, "2024-02-29")] // leap year
    [InlineData("2023-01-31", 1, "2023-02-28")]
    [InlineData("2024-02-29", 1, "2024-03-29")]
    [InlineData("2024-02-29", 12, "2025-02-28")]
    [InlineData("2024-02-29", 48, "2028-02-29")]
    [InlineData("2023-02-28", 1, "2023-03-28")] // the date, not the month end, carries over
    [InlineData("2023-02-28", 12, "2024-02-28")]
    [InlineData("2023-08-31", 6, "2024-02-29")]
    [InlineData("2024-08-31", 6, "2025-02-28")]
    [InlineData("2024-03-31", 1, "2024-04-30")]
    [InlineData("2024-12-31", 2, "2025-02-28")]
    [InlineData("2024-11-30", 3, "2025-02-28")]
    [InlineData("2024-07-15", 15, "2025-10-15")]
    [InlineData("2024-07-15", 0, "2024-07-15")]
    public void LastDayOfMonths_Months_KeepsTheDayOrClampsToMonthEnd(string start, int months, string expected) =>
        Assert.Equal(Date(expected), LegalTerm.LastDayOfMonths(Date(start), months));

    [Theory]
    [InlineData("2026-03-31", -24, "2024-03-31")]
    [InlineData("2026-02-28", -24, "2024-02-28")]
    [InlineData("2025-03-29", -1, "2025-02-28")]
    [InlineData("2025-02-28", -12, "2024-02-28")]
    public void LastDayOfMonths_NegativeMonths_LooksBack(string start, int months, string expected) =>
        Assert.Equal(Date(expected), LegalTerm.LastDayOfMonths(Date(start), months));

    [Theory]
    [InlineData("2025-03-12", "2025-03-12")] // Wednesday stays
    [InlineData("2025-03-15", "2025-03-17")] // Saturday
    [InlineData("2025-03-16", "2025-03-17")] // Sunday
    [InlineData("2025-04-21", "2025-04-22")] // Easter Monday
    [InlineData("2025-12-25", "2025-12-26")]
    [InlineData("2025-07-19", "2025-07-22")] // Saturday, Sunday, 21 July
    public void MovedToNextWorkingDay_LastDay_MovesOffWeekendsAndHolidays(string lastDay, string expected) =>
        Assert.Equal(Date(expected), LegalTerm.MovedToNextWorkingDay(Date(lastDay)));

    private static DateOnly Date(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
