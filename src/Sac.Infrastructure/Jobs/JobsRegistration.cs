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
    /// <c>Jobs:ClaimTimeout</c>: how long a job that a node fetched (on PostgreSQL, a lock it took too) stays claimed after that
    /// node stopped (killed, crashed, cut off) before another node takes it over. A running node renews the jobs it runs.
    /// </summary>
    private static readonly TimeSpan DefaultClaimTimeout = TimeSpan.FromMinutes(5);

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
        var claimTimeout = provider.GetRequiredService<IConfiguration>().GetValue("Jobs:ClaimTimeout", DefaultClaimTimeout);

        // Every storage polls its queue every 15 s by default: a job enqueued now would wait that long.
        var pollInterval = TimeSpan.FromSeconds(1);
        return database.Provider switch
        {
            DatabaseProvider.PostgreSql => PostgreSql(database.ConnectionString, pollInterval, claimTimeout),
            DatabaseProvider.SqlServer => new SqlServerStorage(
                database.ConnectionString,
                new SqlServerStorageOptions { SchemaName = JobsSchema, QueuePollInterval = pollInterval, SlidingInvisibilityTimeout = claimTimeout }),
            _ => new SQLiteStorage(JobsDatabasePath(database.ConnectionString), new SQLiteStorageOptions { QueuePollInterval = pollInterval }),
        };
    }

    /// <summary>
    /// By default Hangfire.PostgreSql hides a fetched job for 30 minutes and honours a lock row for 10, whether or not its node
    /// still runs: a job that a killed node had fetched, or whose state it was changing, would wait that long. With the sliding
    /// timeout a running node renews the jobs it runs, so another node takes them over after <paramref name="claimTimeout"/>
    /// without fetching a long job twice. Locks are not renewed: those Hangfire takes last one step; the identification run's
    /// lasts the run, and a second run after the timeout would only ask the registry again.
    /// </summary>
    private static PostgreSqlStorage PostgreSql(string connectionString, TimeSpan pollInterval, TimeSpan claimTimeout)
    {
        var options = new PostgreSqlStorageOptions
        {
            SchemaName = JobsSchema,
            QueuePollInterval = pollInterval,
            PrepareSchemaIfNecessary = true,
            UseSlidingInvisibilityTimeout = true,
            InvisibilityTimeout = claimTimeout,
            DistributedLockTimeout = claimTimeout,
        };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, options), options);
    }
}
