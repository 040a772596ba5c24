using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sac.Domain.Audit;
using Sac.Infrastructure.Persistence;
using Sac.Testing;

namespace Sac.Web.Tests.Support;

/// <summary>The registry-access log as stored (the auditor's screens read the same table).</summary>
public static class RegistryLog
{
    public static async Task<IReadOnlyList<RegistryAccess>> LinesAsync(SacAppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SacDbContext>();
        return await db.RegistryAccesses.AsNoTracking().OrderBy(a => a.Id).ToListAsync();
    }

    /// <summary>The lines written while <paramref name="action"/> ran (tests of one class run one after the other).</summary>
    public static async Task<IReadOnlyList<RegistryAccess>> WrittenByAsync(SacAppFactory app, Func<Task> action)
    {
        var before = (await LinesAsync(app)).Select(a => a.Id).DefaultIfEmpty().Max();
        await action();
        return [.. (await LinesAsync(app)).Where(a => a.Id > before)];
    }

    /// <summary>A vehicle finding on the demo plate that changed holder, facts 1 March 2025 (before the change): pending identification.</summary>
    public static async Task<string> RecordVehicleFindingAsync(this HttpClient finder, string plate = "1-GNT-482", string factsAt = "2025-03-01T22:15:00+01:00")
    {
        var created = await finder.RecordAsync(FindingRequests.Finding("44021", "LITTER", factsAt, FindingRequests.Vehicle(plate, "BE")));
        return created.Id();
    }
}
