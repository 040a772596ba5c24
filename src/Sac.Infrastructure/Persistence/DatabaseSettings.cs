using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Sac.Infrastructure.Persistence.Providers;

namespace Sac.Infrastructure.Persistence;

/// <summary>
/// The database configuration, read once when first needed rather than when services are
/// registered, so that settings a test host adds after registration still count.
/// </summary>
internal sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString, bool SeedDemoData)
{
    public static DatabaseSettings From(IConfiguration configuration, IHostEnvironment environment)
    {
        var provider = DatabaseProviders.Parse(configuration["Database:Provider"]);
        var connectionString = configuration.GetConnectionString("Sac") is { Length: > 0 } configured
            ? configured
            : provider == DatabaseProvider.Sqlite
                ? $"Data Source={Path.Combine(environment.ContentRootPath, "App_Data", "sac.db")}"
                : throw new InvalidOperationException($"Database:Provider '{provider}' needs ConnectionStrings:Sac.");
        if (provider == DatabaseProvider.Sqlite)
        {
            CreateDirectoryOf(connectionString);
        }

        // Demo users have published passwords: never in Production, whatever the configuration says.
        var seed = !environment.IsProduction() && configuration.GetValue("Demo:Seed", environment.IsDevelopment());
        return new DatabaseSettings(provider, connectionString, seed);
    }

    /// <summary>SQLite creates the database file but not its folder.</summary>
    private static void CreateDirectoryOf(string connectionString)
    {
        var sqlite = new SqliteConnectionStringBuilder(connectionString);
        if (sqlite.Mode == SqliteOpenMode.Memory || sqlite.DataSource is "" or ":memory:")
        {
            return;
        }

        if (Path.GetDirectoryName(Path.GetFullPath(sqlite.DataSource)) is { Length: > 0 } directory)
        {
            Directory.CreateDirectory(directory);
        }
    }
}
