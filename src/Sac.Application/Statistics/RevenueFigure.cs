namespace Sac.Application.Statistics;

/// <summary>
/// The final fines of one municipality that became enforceable in one year, and their money: what they impose, what
/// came in (over-payments too), what was refunded, and what is still owed (per case, never below zero, so one case's
/// over-payment does not hide another's debt).
/// </summary>
public sealed record RevenueFigure(string Municipality, int Year, int Fines, decimal Due, decimal Received, decimal Refunded, decimal Outstanding)
{
    /// <summary>The part of what is due that was collected, null when nothing is due.</summary>
    public decimal? CollectionRate => Due == 0 ? null : (Due - Outstanding) / Due;

    /// <summary>What the municipality keeps: received less refunded.</summary>
    public decimal Kept => Received - Refunded;

    /// <summary>The figures of one final fine, added up per municipality and year.</summary>
    public static IReadOnlyList<RevenueFigure> Of(IEnumerable<(string Municipality, DateOnly EnforceableOn, decimal Due, decimal Received, decimal Refunded)> fines) =>
        [.. fines
            .GroupBy(f => (f.Municipality, f.EnforceableOn.Year))
            .Select(g => new RevenueFigure(
                g.Key.Municipality, g.Key.Year, g.Count(), g.Sum(f => f.Due), g.Sum(f => f.Received), g.Sum(f => f.Refunded),
                g.Sum(f => Math.Max(0m, f.Due - f.Received))))
            .OrderBy(r => r.Municipality, StringComparer.Ordinal).ThenBy(r => r.Year)];
}
