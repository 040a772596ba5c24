using Microsoft.Extensions.DependencyInjection;
using Sac.Application.Audit;
using Sac.Domain.Audit;
using Sac.Infrastructure.Persistence;

namespace Sac.Infrastructure.Audit;

/// <summary>
/// Writes an entry at once, on a context of its own: signing in or out is no command, and the request's own context
/// (Identity's) is not saved early.
/// </summary>
internal sealed class AuditLog(IServiceScopeFactory scopes) : IAuditLog
{
    public async Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SacDbContext>();
        db.AuditEntries.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
    }
}
