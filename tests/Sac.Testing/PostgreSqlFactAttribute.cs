using Xunit;

namespace Sac.Testing;

/// <summary>A test that needs a database server shared by several processes: skipped, with the reason, on SQLite files.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgreSqlFactAttribute : FactAttribute
{
    public PostgreSqlFactAttribute()
    {
        if (!TestDatabaseServer.IsPostgreSql)
        {
            Skip = $"Needs a PostgreSQL server shared by several processes: runs with {TestDatabaseServer.ProviderVariable}=PostgreSql (.ci/run, test.sh).";
        }
    }
}
