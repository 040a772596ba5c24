using Microsoft.EntityFrameworkCore;
using Sac.Application.Common.Ports;
using Sac.Domain.Register;

namespace Sac.Infrastructure.Persistence.Repositories;

internal sealed class RegisterRepository(SacDbContext db) : IRegisterRepository
{
    public void Add(RegisterEntry entry) => db.RegisterEntries.Add(entry);

    public async Task<IReadOnlyList<PriorSanction>> FindSanctionsAsync(
        string offenderKey, IReadOnlyCollection<string> municipalities, CancellationToken cancellationToken)
    {
        var entries = await db.RegisterEntries
            .AsNoTracking()
            .Where(e => e.OffenderKey == offenderKey && municipalities.Contains(e.MunicipalityNis))
            .ToListAsync(cancellationToken);
        return [.. entries.Select(e => e.ToPriorSanction())];
    }
}
