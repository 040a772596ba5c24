namespace Sac.Domain.Calendar;

/// <summary>
/// Belgian public holidays and working days (gas-law.md §0b): Monday to Friday except 1 January,
/// Easter Monday, 1 May, Ascension, Whit Monday, 21 July, 15 August, 1 November, 11 November and 25 December.
/// </summary>
public static class BelgianCalendar
{
    // The Easter algorithm is only meaningful for Gregorian years.
    private const int FirstGregorianYear = 1583;

    private const int EasterMondayOffset = 1;
    private const int AscensionOffset = 39;
    private const int WhitMondayOffset = 50;

    /// <summary>Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).</summary>
    public static DateOnly EasterSunday(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, FirstGregorianYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, DateOnly.MaxValue.Year);

        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var n = h + l - (7 * m) + 114;
        return new DateOnly(year, n / 31, (n % 31) + 1);
    }

    /// <summary>
    /// The year's public holidays in date order. Distinct dates, so a year in which Ascension falls on
    /// 1 May (2008) has nine.
    /// </summary>
    public static IReadOnlyList<DateOnly> PublicHolidays(int year)
    {
        var easter = EasterSunday(year);
        DateOnly[] holidays =
        [
            new(year, 1, 1),
            easter.AddDays(EasterMondayOffset),
            new(year, 5, 1),
            easter.AddDays(AscensionOffset),
            easter.AddDays(WhitMondayOffset),
            new(year, 7, 21),
            new(year, 8, 15),
            new(year, 11, 1),
            new(year, 11, 11),
            new(year, 12, 25),
        ];
        return [.. holidays.Distinct().Order()];
    }

    public static bool IsPublicHoliday(DateOnly day) => PublicHolidays(day.Year).Contains(day);

    /// <summary>Monday to Friday and not a public holiday.</summary>
    public static bool IsWorkingDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsPublicHoliday(day);

    /// <summary>
    /// The <paramref name="count"/>-th working day after <paramref name="from"/>; <paramref name="from"/>
    /// itself never counts, as for "deemed received on the 3rd working day after posting". A count of 0
    /// returns <paramref name="from"/>.
    /// </summary>
    public static DateOnly AddWorkingDays(DateOnly from, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);

        var day = from;
        for (var found = 0; found < count;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                found++;
            }
        }

        return day;
    }

    public static DateOnly OnOrNextWorkingDay(DateOnly day)
    {
        while (!IsWorkingDay(day))
        {
            day = day.AddDays(1);
        }

        return day;
    }
}
