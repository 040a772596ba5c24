using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Sac.Application.Common.Ports;

namespace Sac.Infrastructure.Persistence;

internal sealed class UnitOfWork(SacDbContext db) : IUnitOfWork
{
    // SQLITE_CONSTRAINT: a unique key (case number, externalId) taken by a concurrent save.
    private const int SqliteConstraint = 19;

    public async Task SaveChangesAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException e)
        {
            throw new ConcurrentUpdateException("A row changed since it was read.", e);
        }
        catch (DbUpdateException e) when (e.InnerException is SqliteException { SqliteErrorCode: SqliteConstraint })
        {
            throw new ConcurrentUpdateException("A unique key was taken since it was read.", e);
        }
    }

    public void DiscardChanges() => db.ChangeTracker.Clear();
}
