using Microsoft.EntityFrameworkCore;
using Sac.Application.Common.Ports;
using Sac.Domain.Cases;

namespace Sac.Infrastructure.Persistence.Repositories;

internal sealed class CaseRepository(SacDbContext db) : ICaseRepository
{
    // Four owned collections (timeline, defences, payments, refunds): one query each instead of their cartesian product. A case
    // this unit of work already holds (one just recorded, answered at once) is whole, since owned parts always load with
    // their owner: it is not read again.
    public async Task<Case?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        db.Cases.Local.FirstOrDefault(c => c.Id == id)
        ?? await db.Cases.AsSplitQuery().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);

    public Task<Case?> FindByExternalIdAsync(string externalId, CancellationToken cancellationToken) =>
        db.Cases.SingleOrDefaultAsync(c => c.ExternalId == externalId, cancellationToken);

    public Task<Case?> FindByNumberAsync(string number, CancellationToken cancellationToken) =>
        db.Cases.AsSplitQuery().SingleOrDefaultAsync(c => c.Number == number, cancellationToken);

    public async Task<IReadOnlyList<Case>> ListAwaitingPaymentAsync(string municipalityNis, CancellationToken cancellationToken)
    {
        var awaiting = CaseTransitions.AwaitingPayment.ToList();
        return await db.Cases.AsSplitQuery().Where(c => c.MunicipalityNis == municipalityNis && awaiting.Contains(c.Status)).ToListAsync(cancellationToken);
    }

    public void Add(Case opened) => db.Cases.Add(opened);
}
