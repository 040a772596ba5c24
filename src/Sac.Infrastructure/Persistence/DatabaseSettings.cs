using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Sac.Infrastructure.Persistence;

/// <summary>
/// The database configuration, read once when first needed rather than when services are
/// registered, so that settings a test host adds after registration still count.
/// </summary>
internal sealed record DatabaseSettings(string ConnectionString, bool SeedDemoData)
{
    private const string Sqlite = "Sqlite";

    public static DatabaseSettings From(IConfiguration configuration, IHostEnvironment environment)
    {
        var provider = configuration["Database:Provider"] ?? Sqlite;
        if (provider.Equals("PostgreSql", StringComparison.OrdinalIgnoreCase) || provider.Equals("SqlServer", StringComparison.OrdinalIgnoreCase))
        {
            throw new NotSupportedException(
                $"Database:Provider '{provider}' arrives with the production-database work; only '{Sqlite}' is available for now.");
        }

        if (!provider.Equals(Sqlite, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Unknown Database:Provider '{provider}': use Sqlite, PostgreSql or SqlServer.");
        }

        var connectionString = configuration.GetConnectionString("Sac") is { Length: > 0 } configured
            ? configured
            : $"Data Source={Path.Combine(environment.ContentRootPath, "App_Data", "sac.db")}";
        CreateDirectoryOf(connectionString);

        // Demo users have published passwords: never in Production, whatever the configuration says.
        var seed = !environment.IsProduction() && configuration.GetValue("Demo:Seed", environment.IsDevelopment());
        return new DatabaseSettings(connectionString, seed);
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
