using Microsoft.EntityFrameworkCore;
using Sac.Application.Common.Ports;
using Sac.Domain.Municipalities;

namespace Sac.Infrastructure.Persistence.Repositories;

internal sealed class MunicipalityRepository(SacDbContext db) : IMunicipalityRepository
{
    public Task<Municipality?> GetAsync(string nis, CancellationToken cancellationToken) =>
        db.Municipalities.Include(m => m.Infractions).SingleOrDefaultAsync(m => m.Nis == nis, cancellationToken);

    // The regulation comes along: an aggregate is loaded whole or not at all.
    public async Task<IReadOnlyList<string>> ListNisCodesAsync(CancellationToken cancellationToken) =>
        await db.Municipalities.Select(m => m.Nis).OrderBy(nis => nis).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Municipality>> ListAsync(IReadOnlyCollection<string> nisCodes, CancellationToken cancellationToken) =>
        await db.Municipalities
            .Include(m => m.Infractions)
            .Where(m => nisCodes.Contains(m.Nis))
            .OrderBy(m => m.Nis)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
}
