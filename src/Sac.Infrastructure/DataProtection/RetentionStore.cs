using Microsoft.EntityFrameworkCore;
using Sac.Application.Common.Ports;
using Sac.Domain.Cases;
using Sac.Domain.Documents;
using Sac.Domain.Register;
using Sac.Infrastructure.Persistence;

namespace Sac.Infrastructure.DataProtection;

/// <summary>One query per retention period in use, on indexed columns (status and closure date; decision date), oldest first.</summary>
internal sealed class RetentionStore(SacDbContext db) : IRetentionStore
{
    public async Task<IReadOnlyList<MunicipalityRetention>> ListRetentionsAsync(CancellationToken cancellationToken) =>
        await db.Municipalities.AsNoTracking()
            .Select(m => new MunicipalityRetention(m.Nis, m.Settings.RetentionYears))
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Case>> LoadExpiredCasesAsync(IReadOnlyList<RetentionCutoff> cutoffs, int max, CancellationToken cancellationToken)
    {
        var found = new List<Case>();
        foreach (var cutoff in cutoffs)
        {
            if (found.Count >= max)
            {
                break;
            }

            var municipalities = cutoff.Municipalities.ToList();
            var closedOnOrBefore = cutoff.StartedOnOrBefore;

            // Three owned collections (timeline, defences, payments): one query each instead of their cartesian product.
            found.AddRange(await db.Cases.AsSplitQuery()
                .Where(c => c.Status == CaseStatus.Closed && c.AnonymisedOn == null && c.ClosedOn != null && c.ClosedOn <= closedOnOrBefore
                    && municipalities.Contains(c.MunicipalityNis))
                .OrderBy(c => c.ClosedOn)
                .ThenBy(c => c.Id)
                .Take(max - found.Count)
                .ToListAsync(cancellationToken));
        }

        return found;
    }

    public async Task<IReadOnlyList<RegisterEntry>> LoadExpiredRegisterEntriesAsync(
        IReadOnlyList<RetentionCutoff> cutoffs, int max, CancellationToken cancellationToken)
    {
        var found = new List<RegisterEntry>();
        foreach (var cutoff in cutoffs)
        {
            if (found.Count >= max)
            {
                break;
            }

            var municipalities = cutoff.Municipalities.ToList();
            var decidedOnOrBefore = cutoff.StartedOnOrBefore;
            found.AddRange(await db.RegisterEntries
                .Where(e => e.AnonymisedOn == null && e.DecidedOn <= decidedOnOrBefore && municipalities.Contains(e.MunicipalityNis))
                .OrderBy(e => e.DecidedOn)
                .ThenBy(e => e.Id)
                .Take(max - found.Count)
                .ToListAsync(cancellationToken));
        }

        return found;
    }

    public async Task<IReadOnlyList<CaseDocument>> LoadDocumentsToEraseAsync(IReadOnlyCollection<Guid> caseIds, CancellationToken cancellationToken)
    {
        var ids = caseIds.ToList();
        return await db.CaseDocuments.Where(d => ids.Contains(d.CaseId) && d.ContentErasedOn == null).ToListAsync(cancellationToken);
    }
}
