using Microsoft.Extensions.DependencyInjection;
using Sac.Application.Common.Ports;
using Sac.Domain.Audit;
using Sac.Infrastructure.Persistence;

namespace Sac.Infrastructure.Audit;

/// <summary>
/// Writes each consultation at once, on a context of its own: the line is kept even when the request that made the
/// lookup fails or its command is refused, and the request's own unit of work is not saved early.
/// </summary>
internal sealed class RegistryAccessLog(IServiceScopeFactory scopes) : IRegistryAccessLog
{
    public async Task AppendAsync(RegistryAccess access)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SacDbContext>();
        db.RegistryAccesses.Add(access);
        await db.SaveChangesAsync();
    }
}
