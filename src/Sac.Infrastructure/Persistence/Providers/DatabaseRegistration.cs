using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sac.Application.Common.Ports;
using Sac.Infrastructure.Audit;

namespace Sac.Infrastructure.Persistence.Providers;

internal static class DatabaseRegistration
{
    /// <summary>
    /// <see cref="SacDbContext"/> on the provider that <see cref="DatabaseSettings"/> names, and the data-protection keys
    /// (cookies, antiforgery) in that database, so that every node of a deployment reads what another wrote.
    /// </summary>
    public static IServiceCollection AddSacDatabase(this IServiceCollection services)
    {
        services.AddDbContext<SqliteSacDbContext>((provider, options) => options
            .UseSqlite(ConnectionString(provider))
            .AddInterceptors(Auditor(provider)));
        services.AddDbContext<PostgreSqlSacDbContext>((provider, options) => options
            .UseNpgsql(ConnectionString(provider))
            .AddInterceptors(Auditor(provider)));
        services.AddDbContext<SqlServerSacDbContext>((provider, options) => options
            .UseSqlServer(ConnectionString(provider))
            .AddInterceptors(Auditor(provider)));
        services.AddScoped<SacDbContext>(provider => provider.GetRequiredService<DatabaseSettings>().Provider switch
        {
            DatabaseProvider.PostgreSql => provider.GetRequiredService<PostgreSqlSacDbContext>(),
            DatabaseProvider.SqlServer => provider.GetRequiredService<SqlServerSacDbContext>(),
            _ => provider.GetRequiredService<SqliteSacDbContext>(),
        });

        services.AddDataProtection().SetApplicationName("Sac").PersistKeysToDbContext<SacDbContext>();
        return services;
    }

    private static string ConnectionString(IServiceProvider provider) => provider.GetRequiredService<DatabaseSettings>().ConnectionString;

    // The audit trail is recorded where changes are saved, by the user of the scope (nobody outside a request: Sac itself).
    private static AuditInterceptor Auditor(IServiceProvider provider) =>
        new(provider.GetService<ICurrentUser>(), provider.GetRequiredService<TimeProvider>());
}
