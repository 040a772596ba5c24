using Microsoft.EntityFrameworkCore;
using Sac.Application.Common.Ports;
using Sac.Domain.Cases;

namespace Sac.Infrastructure.Persistence.Repositories;

internal sealed class CaseRepository(SacDbContext db) : ICaseRepository
{
    // Three owned collections (timeline, defences, payments): one query each instead of their cartesian product. A case
    // this unit of work already holds (one just recorded, answered at once) is whole, since owned parts always load with
    // their owner: it is not read again.
    public async Task<Case?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        db.Cases.Local.FirstOrDefault(c => c.Id == id)
        ?? await db.Cases.AsSplitQuery().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);

    public Task<Case?> FindByExternalIdAsync(string externalId, CancellationToken cancellationToken) =>
        db.Cases.SingleOrDefaultAsync(c => c.ExternalId == externalId, cancellationToken);

    public void Add(Case opened) => db.Cases.Add(opened);
}
