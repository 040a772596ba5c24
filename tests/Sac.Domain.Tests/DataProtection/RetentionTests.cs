using Sac.Domain.DataProtection;
using Sac.Domain.Municipalities;
using static Sac.Domain.Tests.TestData.Build;

namespace Sac.Domain.Tests.DataProtection;

/// <summary>The retention period counts like a legal term: the day it starts is not counted, its last day is kept.</summary>
public sealed class RetentionTests
{
    [Theory]
    [InlineData("2025-03-14", false)] // the day before the last day
    [InlineData("2025-03-15", false)] // the last day: still kept
    [InlineData("2025-03-16", true)] // the day after: erased
    public void Five_years_after_a_closure_on_15_March_2020_end_after_15_March_2025(string today, bool ended) =>
        Assert.Equal(ended, Retention.HasEnded(Date("2020-03-15"), Retention.CaseMonths(5), Date(today)));

    [Fact]
    public void A_period_started_on_29_February_keeps_its_last_day_on_28_February()
    {
        Assert.Equal(Date("2025-02-28"), Retention.LastDayKept(Date("2020-02-29"), Retention.CaseMonths(5)));
        Assert.False(Retention.HasEnded(Date("2020-02-29"), Retention.CaseMonths(5), Date("2025-02-28")));
        Assert.True(Retention.HasEnded(Date("2020-02-29"), Retention.CaseMonths(5), Date("2025-03-01")));
    }

    [Fact]
    public void Register_lines_are_kept_at_least_as_long_as_they_can_count_for_recidivism()
    {
        // 24 months before a finding, and a finding waits at most 15 months for its decision.
        Assert.Equal(39, Retention.RegisterFloorMonths);
        Assert.Equal(39, Retention.RegisterMonths(1));
        Assert.Equal(39, Retention.RegisterMonths(3));
        Assert.Equal(48, Retention.RegisterMonths(4));
        Assert.Equal(60, Retention.RegisterMonths(MunicipalitySettings.DefaultRetentionYears));
    }

    public static TheoryData<int> Periods() => [12, 24, 39, 60, 84, 360];

    /// <summary>The database's one comparison (start &lt;= cutoff) selects exactly the periods that ended, leap days and month ends included.</summary>
    [Theory]
    [MemberData(nameof(Periods))]
    public void The_cutoff_selects_exactly_the_periods_that_ended(int months)
    {
        for (var today = Date("2027-01-01"); today <= Date("2029-03-31"); today = today.AddDays(7 + (today.DayNumber % 3)))
        {
            var cutoff = Retention.LatestExpiredStart(today, months);
            for (var start = cutoff.AddDays(-40); start <= cutoff.AddDays(40); start = start.AddDays(1))
            {
                Assert.True(
                    Retention.HasEnded(start, months, today) == (start <= cutoff),
                    $"today {today:yyyy-MM-dd}, {months} months, start {start:yyyy-MM-dd}, cutoff {cutoff:yyyy-MM-dd}");
            }
        }
    }

    [Fact]
    public void The_cutoff_around_a_leap_day_includes_every_start_whose_last_day_has_passed()
    {
        // 29 February 2024 + 1 year = 28 February 2025: on 1 March 2025 both 28 and 29 February 2024 have ended.
        Assert.Equal(Date("2024-02-29"), Retention.LatestExpiredStart(Date("2025-03-01"), 12));
        Assert.Equal(Date("2023-02-28"), Retention.LatestExpiredStart(Date("2024-03-01"), 12));

        // 28 February 2023 + 1 year = 28 February 2024: ended on the leap day itself.
        Assert.Equal(Date("2023-02-28"), Retention.LatestExpiredStart(Date("2024-02-29"), 12));
    }
}
