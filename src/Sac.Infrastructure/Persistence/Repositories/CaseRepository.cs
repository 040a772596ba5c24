using Microsoft.EntityFrameworkCore;
using Sac.Application.Common.Ports;
using Sac.Domain.Cases;

namespace Sac.Infrastructure.Persistence.Repositories;

internal sealed class CaseRepository(SacDbContext db) : ICaseRepository
{
    // Three owned collections (timeline, defences, payments): one query each instead of their cartesian product.
    public Task<Case?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        db.Cases.AsSplitQuery().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);

    public Task<Case?> FindByExternalIdAsync(string externalId, CancellationToken cancellationToken) =>
        db.Cases.SingleOrDefaultAsync(c => c.ExternalId == externalId, cancellationToken);

    public void Add(Case opened) => db.Cases.Add(opened);
}
