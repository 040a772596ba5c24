using Sac.Domain.Offenders;
using static Sac.Domain.Tests.TestData.Build;

namespace Sac.Domain.Tests.Offenders;

public sealed class AgeTests
{
    [Theory]
    [InlineData("2010-06-15", "2024-06-14", 13)] // S10: the day before the 14th birthday
    [InlineData("2010-06-15", "2024-06-15", 14)] // S11: the birthday itself counts
    [InlineData("2010-06-15", "2024-06-16", 14)]
    [InlineData("2006-12-31", "2024-12-30", 17)]
    [InlineData("2006-12-31", "2024-12-31", 18)]
    [InlineData("2007-01-01", "2024-12-31", 17)]
    [InlineData("2007-01-01", "2025-01-01", 18)]
    [InlineData("1988-02-29", "2025-03-01", 37)]
    public void InYearsOn_AroundTheBirthday_CountsTheBirthdayInclusive(string birth, string on, int expected) =>
        Assert.Equal(expected, Age.InYearsOn(Date(birth), Date(on)));

    [Theory]
    [InlineData("2008-02-29", "2022-02-27", 13)]
    [InlineData("2008-02-29", "2022-02-28", 14)] // non-leap year: turns over on 28 February
    [InlineData("2008-02-29", "2022-03-01", 14)]
    [InlineData("2008-02-29", "2024-02-28", 15)] // leap year: waits for 29 February
    [InlineData("2008-02-29", "2024-02-29", 16)]
    [InlineData("2008-02-29", "2024-03-01", 16)]
    [InlineData("2004-02-29", "2022-02-28", 18)]
    [InlineData("2000-02-29", "2100-02-28", 100)] // 2100 is not a leap year
    public void InYearsOn_BornOnTwentyNinthFebruary_TurnsOverOnTwentyEighthInNonLeapYears(string birth, string on, int expected) =>
        Assert.Equal(expected, Age.InYearsOn(Date(birth), Date(on)));

    [Theory]
    [InlineData("2008-02-28", "2024-02-27", 15)]
    [InlineData("2008-02-28", "2024-02-28", 16)]
    [InlineData("2008-03-01", "2024-02-29", 15)]
    [InlineData("2008-03-01", "2024-03-01", 16)]
    [InlineData("2007-03-01", "2025-02-28", 17)]
    [InlineData("2007-03-01", "2025-03-01", 18)]
    public void InYearsOn_BornNextToTwentyNinthFebruary_TurnsOverOnTheBirthday(string birth, string on, int expected) =>
        Assert.Equal(expected, Age.InYearsOn(Date(birth), Date(on)));

    [Fact]
    public void InYearsOn_DayOfBirth_IsZero() =>
        Assert.Equal(0, Age.InYearsOn(Date("2024-02-29"), Date("2024-02-29")));
}
