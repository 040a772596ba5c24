using Microsoft.EntityFrameworkCore;
using Sac.Application.Common.Ports;
using Sac.Domain.Cases;
using Sac.Infrastructure.Devices;
using Sac.Infrastructure.Persistence.Providers;

namespace Sac.Infrastructure.Persistence;

/// <summary>
/// Saves a command's changes in one transaction. After a successful save, every case whose next deadline moved
/// gets its deadline job: scheduling here means no step can forget it, and after the commit means a job never
/// looks for a change that is not saved yet.
/// </summary>
/// <remarks>Devices' last-received instants (<see cref="DeviceSightings"/>) are written in the same transaction as the findings.</remarks>
internal sealed class UnitOfWork(SacDbContext db, IDeadlineScheduler scheduler, DeviceSightings sightings) : IUnitOfWork
{
    public async Task SaveChangesAsync(CancellationToken cancellationToken)
    {
        var rescheduled = db.ChangeTracker.Entries<Case>()
            .Where(e => e.State == EntityState.Added || (e.State == EntityState.Modified && e.Property(c => c.NextDueOn).IsModified))
            .Select(e => e.Entity)
            .ToList();
        try
        {
            await using var transaction = sightings.Any ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
            await db.SaveChangesAsync(cancellationToken);
            if (transaction is not null)
            {
                await sightings.WriteAsync(db, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
        }
        catch (DbUpdateConcurrencyException e)
        {
            throw new ConcurrentUpdateException("A row changed since it was read.", e);
        }
        catch (DbUpdateException e) when (UniqueKeyViolation.Caused(e))
        {
            throw new ConcurrentUpdateException("A unique key was taken since it was read.", e);
        }

        foreach (var @case in rescheduled.Where(c => c.NextDueOn is not null))
        {
            scheduler.ScheduleCheck(@case.Id, @case.NextDueOn!.Value);
        }
    }

    public void DiscardChanges()
    {
        db.ChangeTracker.Clear();
        sightings.Clear();
    }
}
