using Sac.Domain.LegalRegimes;

namespace Sac.Domain.DataProtection;

/// <summary>
/// How long personal data is kept (gas-law.md §0b "Register retention", §8). The period is counted like a legal term
/// (<see cref="Calendar.LegalTerm"/>): the day it starts is not counted and its last day is kept, so a case closed on
/// 15 March 2020 with five years is kept until 15 March 2025 inclusive and anonymised from 16 March 2025 on.
/// </summary>
public static class Retention
{
    /// <summary>
    /// A register line is kept at least as long as a decision can still count for recidivism: the window before a finding
    /// (24 months) plus the longest time a finding can wait for its decision (15 months with a mediation payment plan).
    /// With the default five years this floor never applies; it only protects recidivism where a council chose fewer than four.
    /// </summary>
    public static int RegisterFloorMonths { get; } =
        LegalRegimeHistory.All.Max(r => r.RecidivismWindowMonths) + LegalRegimeHistory.All.Max(r => r.DecisionMonthsWithMediationPaymentPlan);

    /// <summary>The period of a closed case's personal data, from its closure.</summary>
    public static int CaseMonths(int retentionYears) => retentionYears * 12;

    /// <summary>
    /// The period of the personal data of a college sanction or place ban, from its <c>RetentionFrom</c>: the council's years,
    /// as for a case (a measure has no recidivism to protect).
    /// </summary>
    public static int MeasureMonths(int retentionYears) => CaseMonths(retentionYears);

    /// <summary>The period of a register line's personal data, from the decision: the council's years, never less than <see cref="RegisterFloorMonths"/>.</summary>
    public static int RegisterMonths(int retentionYears) => Math.Max(CaseMonths(retentionYears), RegisterFloorMonths);

    /// <summary>The last day the data is kept: the same day <paramref name="months"/> later (the month's last day when shorter).</summary>
    public static DateOnly LastDayKept(DateOnly start, int months) => start.AddMonths(months);

    /// <summary>True from the day after <see cref="LastDayKept"/> on.</summary>
    public static bool HasEnded(DateOnly start, int months, DateOnly today) => today > LastDayKept(start, months);

    /// <summary>
    /// The latest start whose period has ended by <paramref name="today"/>: every start on or before it has ended, every later
    /// one has not, so a database finds what expired with one comparison (<c>start &lt;= cutoff</c>).
    /// </summary>
    public static DateOnly LatestExpiredStart(DateOnly today, int months)
    {
        // Month ends clamp (31 January + 1 month = 28 February), so several starts can share a last day: step past them.
        var lastDayThatEnded = today.AddDays(-1);
        var cutoff = lastDayThatEnded.AddMonths(-months);
        while (LastDayKept(cutoff.AddDays(1), months) <= lastDayThatEnded)
        {
            cutoff = cutoff.AddDays(1);
        }

        return cutoff;
    }
}
