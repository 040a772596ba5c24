using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.SqlServer;
using Hangfire.Storage.SQLite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Sac.Application.Common.Ports;
using Sac.Infrastructure.Persistence;
using Sac.Infrastructure.Persistence.Providers;

namespace Sac.Infrastructure.Jobs;

public static class JobsRegistration
{
    private const string JobsSchema = "hangfire";

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

    /// <summary>
    /// Read when first needed, like <see cref="DatabaseSettings"/>, so that settings a test host adds late still count. On a server
    /// database the jobs live in their own schema of the application's database; SQLite keeps them in a file beside it.
    /// </summary>
    private static JobStorage CreateStorage(IServiceProvider provider)
    {
        var database = provider.GetRequiredService<DatabaseSettings>();

        // Every storage polls its queue every 15 s by default: a job enqueued now would wait that long.
        var pollInterval = TimeSpan.FromSeconds(1);
        return database.Provider switch
        {
            DatabaseProvider.PostgreSql => new PostgreSqlStorage(
                new NpgsqlConnectionFactory(database.ConnectionString, PostgreSqlOptions(pollInterval)), PostgreSqlOptions(pollInterval)),
            DatabaseProvider.SqlServer => new SqlServerStorage(
                database.ConnectionString, new SqlServerStorageOptions { SchemaName = JobsSchema, QueuePollInterval = pollInterval }),
            _ => new SQLiteStorage(JobsDatabasePath(database.ConnectionString), new SQLiteStorageOptions { QueuePollInterval = pollInterval }),
        };
    }

    private static PostgreSqlStorageOptions PostgreSqlOptions(TimeSpan pollInterval) =>
        new() { SchemaName = JobsSchema, QueuePollInterval = pollInterval, PrepareSchemaIfNecessary = true };
}
