namespace Sac.Infrastructure.Persistence.Providers;

/// <summary>The databases Sac runs on: SQLite embedded (the default), PostgreSQL and SQL Server in production.</summary>
public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
    SqlServer,
}

public static class DatabaseProviders
{
    /// <summary>The provider named by <c>Database:Provider</c> (any case); SQLite when the setting is absent.</summary>
    public static DatabaseProvider Parse(string? name) =>
        name is null or ""
            ? DatabaseProvider.Sqlite
            : Enum.GetValues<DatabaseProvider>().Where(p => p.ToString().Equals(name, StringComparison.OrdinalIgnoreCase)).Cast<DatabaseProvider?>().FirstOrDefault()
                ?? throw new InvalidOperationException($"Unknown Database:Provider '{name}': use Sqlite, PostgreSql or SqlServer.");
}
