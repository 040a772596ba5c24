using Xunit;

namespace Sac.Testing;

/// <summary>A test of the embedded SQLite database's own files: skipped, with the reason, on a PostgreSQL server.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SqliteFactAttribute : FactAttribute
{
    public SqliteFactAttribute()
    {
        if (TestDatabaseServer.IsPostgreSql)
        {
            Skip = $"Backs up and restores SQLite files: runs with {TestDatabaseServer.ProviderVariable} unset (the SQLite pass of test.sh).";
        }
    }
}
