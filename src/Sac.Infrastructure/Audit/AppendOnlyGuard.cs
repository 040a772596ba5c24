using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Sac.Domain.Audit;

namespace Sac.Infrastructure.Audit;

/// <summary>An attempt to change or delete a line of the audit trail or of the registry-access log.</summary>
public sealed class AppendOnlyViolationException(string message) : InvalidOperationException(message);

/// <summary>
/// Refuses to save a changed or deleted <see cref="AuditEntry"/> or <see cref="RegistryAccess"/>: both logs are
/// append-only. Every <c>SacDbContext</c> has it (its <c>OnConfiguring</c>); the database's triggers
/// (<see cref="AuditTableGuards"/>) refuse what goes around Entity Framework's change tracking.
/// </summary>
internal sealed class AppendOnlyGuard : SaveChangesInterceptor
{
    private AppendOnlyGuard()
    {
    }

    public static AppendOnlyGuard Instance { get; } = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Check(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Check(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Check(DbContext? context)
    {
        var refused = context?.ChangeTracker.Entries()
            .FirstOrDefault(e => e.Entity is AuditEntry or RegistryAccess && e.State is EntityState.Modified or EntityState.Deleted);
        if (refused is not null)
        {
            throw new AppendOnlyViolationException(
                $"{refused.Metadata.ClrType.Name} lines are append-only: {(refused.State == EntityState.Deleted ? "deleting" : "changing")} one is refused.");
        }
    }
}
