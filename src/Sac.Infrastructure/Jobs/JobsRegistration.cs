using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.Storage.SQLite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Sac.Application.Common.Ports;
using Sac.Infrastructure.Persistence;

namespace Sac.Infrastructure.Jobs;

public static class JobsRegistration
{
    private const string Sqlite = "Sqlite";

    /// <summary>
    /// Hangfire with storage that matches <c>Database:Provider</c>, the <see cref="IDeadlineScheduler"/>, the deadline jobs and,
    /// unless <c>Jobs:Server</c> is false, a server that runs them with the daily sweep and a catch-up sweep at start.
    /// </summary>
    public static IServiceCollection AddSacJobs(this IServiceCollection services, IConfiguration configuration)
    {
        // AddHangfire only TryAdds these two, and would hand out JobStorage.Current and JobActivator.Current: statics the last
        // host to start sets. Registered first, each host keeps its own storage and resolves jobs from its own services, so
        // several hosts in one process (the integration tests) never run each other's jobs.
        services.AddSingleton<JobStorage>(provider => CreateStorage(provider));
        services.AddSingleton<JobActivator>(provider => new AspNetCoreJobActivator(provider.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire((provider, hangfire) => hangfire
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseLogProvider(new HostLogProvider(provider.GetRequiredService<ILoggerFactory>())));

        services.AddSingleton<IDeadlineScheduler, HangfireDeadlineScheduler>();
        services.AddScoped<DeadlineJobs>();
        services.AddScoped<RetentionJobs>();
        services.AddScoped<IdentificationJobs>();

        if (configuration.GetValue("Jobs:Server", defaultValue: true))
        {
            services.AddHangfireServer(o =>
            {
                o.WorkerCount = 2;
                o.SchedulePollingInterval = TimeSpan.FromSeconds(1);
            });
            services.AddHostedService<DeadlineJobsStartup>();
        }

        return services;
    }

    /// <summary>The jobs' database file beside the application's: <c>App_Data/sac.db</c> keeps its jobs in <c>App_Data/sac-jobs.db</c>.</summary>
    internal static string JobsDatabasePath(string connectionString)
    {
        var sqlite = new SqliteConnectionStringBuilder(connectionString);
        if (sqlite.Mode == SqliteOpenMode.Memory || sqlite.DataSource is "" or ":memory:")
        {
            throw new InvalidOperationException("Background jobs are kept in a file beside the application database, which must therefore be a file too.");
        }

        var database = Path.GetFullPath(sqlite.DataSource);
        var directory = Path.GetDirectoryName(database) ?? throw new InvalidOperationException($"'{database}' has no folder.");
        return Path.Combine(directory, $"{Path.GetFileNameWithoutExtension(database)}-jobs{Path.GetExtension(database)}");
    }

    /// <summary>Read when first needed, like <see cref="DatabaseSettings"/>, so that settings a test host adds late still count.</summary>
    private static SQLiteStorage CreateStorage(IServiceProvider provider)
    {
        var databaseProvider = provider.GetRequiredService<IConfiguration>()["Database:Provider"] ?? Sqlite;
        if (databaseProvider.Equals(Sqlite, StringComparison.OrdinalIgnoreCase))
        {
            var path = JobsDatabasePath(provider.GetRequiredService<DatabaseSettings>().ConnectionString);

            // The storage polls its queue every 15 s by default: a job enqueued now would wait that long.
            return new SQLiteStorage(path, new SQLiteStorageOptions { QueuePollInterval = TimeSpan.FromSeconds(1) });
        }

        if (databaseProvider.Equals("PostgreSql", StringComparison.OrdinalIgnoreCase) || databaseProvider.Equals("SqlServer", StringComparison.OrdinalIgnoreCase))
        {
            throw new NotSupportedException(
                $"Background jobs on Database:Provider '{databaseProvider}' arrive with the production-database work; only '{Sqlite}' is available for now.");
        }

        throw new InvalidOperationException($"Unknown Database:Provider '{databaseProvider}': use Sqlite, PostgreSql or SqlServer.");
    }
}
