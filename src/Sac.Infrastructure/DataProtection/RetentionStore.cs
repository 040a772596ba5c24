using Microsoft.EntityFrameworkCore;
using Sac.Application.Common.Ports;
using Sac.Domain.Cases;
using Sac.Domain.CollegeSanctions;
using Sac.Domain.Documents;
using Sac.Domain.PlaceBans;
using Sac.Domain.Register;
using Sac.Infrastructure.Persistence;

namespace Sac.Infrastructure.DataProtection;

/// <summary>
/// One query per retention period in use, on indexed columns (status and closure date; decision date; a measure's
/// retention start), oldest first.
/// </summary>
internal sealed class RetentionStore(SacDbContext db) : IRetentionStore
{
    public async Task<IReadOnlyList<MunicipalityRetention>> ListRetentionsAsync(CancellationToken cancellationToken) =>
        await db.Municipalities.AsNoTracking()
            .Select(m => new MunicipalityRetention(m.Nis, m.Settings.RetentionYears))
            .ToListAsync(cancellationToken);

    // Three owned collections (timeline, defences, payments): one query each instead of their cartesian product.
    public Task<IReadOnlyList<Case>> LoadExpiredCasesAsync(IReadOnlyList<RetentionCutoff> cutoffs, int max, CancellationToken cancellationToken) =>
        LoadAsync(
            cutoffs, max, (municipalities, closedOnOrBefore) => db.Cases.AsSplitQuery()
                .Where(c => c.Status == CaseStatus.Closed && c.AnonymisedOn == null && c.ClosedOn != null && c.ClosedOn <= closedOnOrBefore
                    && municipalities.Contains(c.MunicipalityNis))
                .OrderBy(c => c.ClosedOn)
                .ThenBy(c => c.Id),
            cancellationToken);

    public Task<IReadOnlyList<RegisterEntry>> LoadExpiredRegisterEntriesAsync(
        IReadOnlyList<RetentionCutoff> cutoffs, int max, CancellationToken cancellationToken) =>
        LoadAsync(
            cutoffs, max, (municipalities, decidedOnOrBefore) => db.RegisterEntries
                .Where(e => e.AnonymisedOn == null && e.DecidedOn <= decidedOnOrBefore && municipalities.Contains(e.MunicipalityNis))
                .OrderBy(e => e.DecidedOn)
                .ThenBy(e => e.Id),
            cancellationToken);

    public Task<IReadOnlyList<CollegeSanction>> LoadExpiredCollegeSanctionsAsync(
        IReadOnlyList<RetentionCutoff> cutoffs, int max, CancellationToken cancellationToken) =>
        LoadAsync(
            cutoffs, max, (municipalities, fromOnOrBefore) => db.CollegeSanctions
                .Where(s => s.AnonymisedOn == null && s.RetentionFrom <= fromOnOrBefore && municipalities.Contains(s.MunicipalityNis))
                .OrderBy(s => s.RetentionFrom)
                .ThenBy(s => s.Id),
            cancellationToken);

    public Task<IReadOnlyList<PlaceBan>> LoadExpiredPlaceBansAsync(IReadOnlyList<RetentionCutoff> cutoffs, int max, CancellationToken cancellationToken) =>
        LoadAsync(
            cutoffs, max, (municipalities, fromOnOrBefore) => db.PlaceBans
                .Where(b => b.AnonymisedOn == null && b.RetentionFrom <= fromOnOrBefore && municipalities.Contains(b.MunicipalityNis))
                .OrderBy(b => b.RetentionFrom)
                .ThenBy(b => b.Id),
            cancellationToken);

    public async Task<int> RemoveMeasureDocumentsAsync(IReadOnlyCollection<Guid> measureIds, CancellationToken cancellationToken)
    {
        var ids = measureIds.ToList();
        var letters = await db.MeasureDocuments.Where(d => ids.Contains(d.MeasureId)).ToListAsync(cancellationToken);
        db.MeasureDocuments.RemoveRange(letters);
        return letters.Count;
    }

    public async Task<IReadOnlyList<CaseDocument>> LoadDocumentsToEraseAsync(IReadOnlyCollection<Guid> caseIds, CancellationToken cancellationToken)
    {
        var ids = caseIds.ToList();
        return await db.CaseDocuments.Where(d => ids.Contains(d.CaseId) && d.ContentErasedOn == null).ToListAsync(cancellationToken);
    }

    /// <summary>At most <paramref name="max"/> rows, cutoff after cutoff: <paramref name="expired"/> gives one period's query, ordered.</summary>
    private static async Task<IReadOnlyList<T>> LoadAsync<T>(
        IReadOnlyList<RetentionCutoff> cutoffs, int max, Func<List<string>, DateOnly, IQueryable<T>> expired, CancellationToken cancellationToken)
    {
        var found = new List<T>();
        foreach (var cutoff in cutoffs.TakeWhile(_ => found.Count < max))
        {
            found.AddRange(await expired([.. cutoff.Municipalities], cutoff.StartedOnOrBefore).Take(max - found.Count).ToListAsync(cancellationToken));
        }

        return found;
    }
}
