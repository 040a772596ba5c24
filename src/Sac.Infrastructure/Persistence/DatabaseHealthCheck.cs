using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Sac.Infrastructure.Persistence;

/// <summary>Healthy when the database answers: what "can serve requests" means for Sac (api-v1.md, GET /health).</summary>
internal sealed class DatabaseHealthCheck(SacDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy("The database answers.")
            : HealthCheckResult.Unhealthy("The database does not answer.");
}

public static class DatabaseHealthCheckRegistration
{
    public static IHealthChecksBuilder AddDatabaseCheck(this IHealthChecksBuilder builder) =>
        builder.AddCheck<DatabaseHealthCheck>("database");
}
