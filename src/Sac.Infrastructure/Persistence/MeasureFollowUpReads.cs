using Microsoft.EntityFrameworkCore;
using Sac.Application.Common.Ports;

namespace Sac.Infrastructure.Persistence;

/// <summary>
/// The dashboard's counts of measures, grouped by municipality in the database. A place ban's periods follow each other
/// without a gap, so it is in force when one of its periods holds today, and it ends soon when none ends after the window.
/// </summary>
internal sealed class MeasureFollowUpReads(SacDbContext db) : IMeasureFollowUpReads
{
    public async Task<IReadOnlyDictionary<string, int>> CountCollegeSanctionsEndingAsync(
        IReadOnlyCollection<string> municipalities, DateOnly today, DateOnly lastDay, CancellationToken cancellationToken)
    {
        var scope = municipalities.ToList();
        return await db.CollegeSanctions.AsNoTracking()
            .Where(s => scope.Contains(s.MunicipalityNis) && s.StartsOn <= today && s.EndsOn >= today && s.EndsOn <= lastDay)
            .GroupBy(s => s.MunicipalityNis)
            .Select(g => new { Nis = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Nis, g => g.Count, StringComparer.Ordinal, cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, PlaceBansInForce>> CountPlaceBansInForceAsync(
        IReadOnlyCollection<string> municipalities, DateOnly today, DateOnly lastDay, CancellationToken cancellationToken)
    {
        var scope = municipalities.ToList();
        return await db.PlaceBans.AsNoTracking()
            .Where(b => scope.Contains(b.MunicipalityNis) && b.Periods.Any(p => p.StartsOn <= today && p.EndsOn >= today))
            .Select(b => new { b.MunicipalityNis, EndsSoon = b.Periods.All(p => p.EndsOn <= lastDay) })
            .GroupBy(b => b.MunicipalityNis)
            .Select(g => new { Nis = g.Key, InForce = g.Count(), EndingSoon = g.Count(b => b.EndsSoon) })
            .ToDictionaryAsync(g => g.Nis, g => new PlaceBansInForce(g.InForce, g.EndingSoon), StringComparer.Ordinal, cancellationToken);
    }
}
