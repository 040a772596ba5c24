using Sac.Domain.DataProtection;

namespace Sac.Domain.Measures;

/// <summary>
/// When the personal data of a college sanction or place ban may go (gas-law.md §8): the municipality's retention period,
/// counted from the measure's last day; from the decision for a definitive one; from its recording for one never decided.
/// </summary>
public static class MeasureRetention
{
    /// <summary>True from the day after the last day kept on (<see cref="Retention.HasEnded"/>).</summary>
    public static bool HasEnded(DateOnly retentionFrom, int retentionYears, DateOnly today) =>
        Retention.HasEnded(retentionFrom, Retention.MeasureMonths(retentionYears), today);
}
