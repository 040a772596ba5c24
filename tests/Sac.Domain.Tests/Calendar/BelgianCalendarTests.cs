using System.Globalization;
using Sac.Domain.Calendar;

namespace Sac.Domain.Tests.Calendar;

public sealed class BelgianCalendarTests
{
    [Theory]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2026, "2026-04-05")]
    [InlineData(2019, "2019-04-21")]
    [InlineData(2038, "2038-04-25")]
    [InlineData(2285, "2285-03-22")]
    [InlineData(2008, "2008-03-23")]
    [InlineData(2011, "2011-04-24")]
    public void EasterSunday_KnownYear_ReturnsDate(int year, string expected) =>
        Assert.Equal(Date(expected), BelgianCalendar.EasterSunday(year));

    [Theory]
    [InlineData(1582)]
    [InlineData(10000)]
    public void EasterSunday_OutsideGregorianDateRange_Throws(int year) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => BelgianCalendar.EasterSunday(year));

    [Fact]
    public void PublicHolidays_2025_ReturnsTheTenDatesInOrder()
    {
        DateOnly[] expected =
        [
            new(2025, 1, 1),
            new(2025, 4, 21),
            new(2025, 5, 1),
            new(2025, 5, 29),
            new(2025, 6, 9),
            new(2025, 7, 21),
            new(2025, 8, 15),
            new(2025, 11, 1),
            new(2025, 11, 11),
            new(2025, 12, 25),
        ];

        Assert.Equal(expected, BelgianCalendar.PublicHolidays(2025));
    }

    [Fact]
    public void PublicHolidays_AscensionOnFirstMay_ListsTheDateOnce()
    {
        var holidays = BelgianCalendar.PublicHolidays(2008);

        Assert.Equal(9, holidays.Count);
        Assert.Single(holidays, d => d == new DateOnly(2008, 5, 1));
    }

    [Fact]
    public void PublicHolidays_AscensionBeforeFirstMay_StaysInDateOrder()
    {
        var holidays = BelgianCalendar.PublicHolidays(2285);

        Assert.Equal(holidays.Order(), holidays);
        Assert.Contains(new DateOnly(2285, 4, 30), holidays);
    }

    [Theory]
    [InlineData("2025-01-01")] // New Year, Wednesday
    [InlineData("2025-04-21")] // Easter Monday
    [InlineData("2025-05-01")] // Labour Day
    [InlineData("2025-05-29")] // Ascension
    [InlineData("2025-06-09")] // Whit Monday
    [InlineData("2025-07-21")] // National Day
    [InlineData("2025-08-15")] // Assumption
    [InlineData("2025-11-01")] // All Saints, Saturday
    [InlineData("2025-11-11")] // Armistice
    [InlineData("2025-12-25")] // Christmas
    public void IsPublicHoliday_Holiday2025_IsTrueAndNotAWorkingDay(string day)
    {
        Assert.True(BelgianCalendar.IsPublicHoliday(Date(day)));
        Assert.False(BelgianCalendar.IsWorkingDay(Date(day)));
    }

    [Theory]
    [InlineData("2025-04-18")] // Good Friday is not a Belgian public holiday
    [InlineData("2025-04-20")] // Easter Sunday itself is a Sunday, not a listed holiday
    [InlineData("2025-06-08")] // nor is Whit Sunday
    [InlineData("2025-12-26")] // nor Boxing Day
    [InlineData("2025-11-02")]
    public void IsPublicHoliday_OtherDay_IsFalse(string day) =>
        Assert.False(BelgianCalendar.IsPublicHoliday(Date(day)));

    [Fact]
    public void IsWorkingDay_HolidayOnSaturday_GivesNoReplacementDay()
    {
        Assert.True(BelgianCalendar.IsPublicHoliday(new DateOnly(2025, 11, 1)));
        Assert.Equal(DayOfWeek.Saturday, new DateOnly(2025, 11, 1).DayOfWeek);
        Assert.True(BelgianCalendar.IsWorkingDay(new DateOnly(2025, 11, 3)));
    }

    [Theory]
    [InlineData("2025-03-10", true)] // Monday
    [InlineData("2025-03-14", true)] // Friday
    [InlineData("2025-03-15", false)] // Saturday
    [InlineData("2025-03-16", false)] // Sunday
    [InlineData("2025-04-18", true)] // Good Friday
    [InlineData("2025-12-26", true)]
    public void IsWorkingDay_Day_FollowsWeekdaysAndHolidays(string day, bool expected) =>
        Assert.Equal(expected, BelgianCalendar.IsWorkingDay(Date(day)));

    [Theory]
    [InlineData("2025-03-07", 1, "2025-03-10")] // Friday across the weekend
    [InlineData("2025-03-10", 1, "2025-03-11")]
    [InlineData("2025-03-10", 5, "2025-03-17")]
    [InlineData("2025-04-18", 1, "2025-04-22")] // across Easter Monday
    [InlineData("2025-04-17", 3, "2025-04-23")]
    [InlineData("2025-07-18", 1, "2025-07-22")] // across 21 July
    [InlineData("2025-07-19", 2, "2025-07-23")]
    [InlineData("2025-12-24", 1, "2025-12-26")] // across Christmas
    [InlineData("2025-12-24", 3, "2025-12-30")]
    [InlineData("2025-12-31", 1, "2026-01-02")] // across New Year
    [InlineData("2026-12-24", 1, "2026-12-28")] // Christmas on a Friday, then the weekend
    [InlineData("2025-05-28", 1, "2025-05-30")] // across Ascension
    [InlineData("2025-03-12", 0, "2025-03-12")]
    [InlineData("2025-03-15", 0, "2025-03-15")]
    public void AddWorkingDays_Count_SkipsWeekendsAndHolidays(string from, int count, string expected) =>
        Assert.Equal(Date(expected), BelgianCalendar.AddWorkingDays(Date(from), count));

    [Theory]
    [InlineData("2025-03-05", "2025-03-10")] // posted Wednesday
    [InlineData("2025-03-06", "2025-03-11")] // posted Thursday
    [InlineData("2025-03-07", "2025-03-12")] // posted Friday
    [InlineData("2025-03-08", "2025-03-12")] // posted Saturday
    [InlineData("2025-03-09", "2025-03-12")] // posted Sunday
    [InlineData("2025-04-16", "2025-04-22")] // posted Wednesday before Easter
    [InlineData("2025-12-23", "2025-12-29")] // posted Tuesday before Christmas
    public void AddWorkingDays_ThirdWorkingDayAfterPosting_IsDeemedReceipt(string posted, string received) =>
        Assert.Equal(Date(received), BelgianCalendar.AddWorkingDays(Date(posted), 3));

    [Fact]
    public void AddWorkingDays_NegativeCount_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => BelgianCalendar.AddWorkingDays(new DateOnly(2025, 3, 10), -1));

    [Theory]
    [InlineData("2025-03-10", "2025-03-10")] // a working day stays
    [InlineData("2025-03-15", "2025-03-17")] // Saturday
    [InlineData("2025-03-16", "2025-03-17")] // Sunday
    [InlineData("2025-11-01", "2025-11-03")] // holiday on a Saturday
    [InlineData("2025-07-19", "2025-07-22")] // weekend then 21 July
    [InlineData("2025-04-21", "2025-04-22")] // Easter Monday
    [InlineData("2026-12-25", "2026-12-28")] // Christmas on a Friday
    [InlineData("2027-12-25", "2027-12-27")] // Christmas on a Saturday
    public void OnOrNextWorkingDay_Day_ReturnsFirstWorkingDayFromIt(string day, string expected) =>
        Assert.Equal(Date(expected), BelgianCalendar.OnOrNextWorkingDay(Date(day)));

    private static DateOnly Date(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
