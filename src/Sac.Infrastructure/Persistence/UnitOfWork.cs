using Sac.Application.Common.Ports;

namespace Sac.Infrastructure.Persistence;

internal sealed class UnitOfWork(SacDbContext db) : IUnitOfWork
{
    public Task SaveChangesAsync(CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);
}
