namespace Sac.Testing;

/// <summary>
/// Which database the integration tests run on, from the environment: SQLite files by default; a PostgreSQL server when
/// <c>SAC_TEST_DATABASE=PostgreSql</c>, at the address <c>SAC_TEST_POSTGRES</c> gives (an administrator's connection string
/// without a database, e.g. <c>Host=127.0.0.1;Port=55432;Username=postgres</c>). <c>.ci/run</c> starts such a server.
/// </summary>
public static class TestDatabaseServer
{
    public const string ProviderVariable = "SAC_TEST_DATABASE";
    public const string PostgreSqlVariable = "SAC_TEST_POSTGRES";

    public static bool IsPostgreSql { get; } =
        string.Equals(Environment.GetEnvironmentVariable(ProviderVariable), "PostgreSql", StringComparison.OrdinalIgnoreCase);

    /// <summary>The PostgreSQL server's administrator connection string; null where none is configured.</summary>
    public static string? PostgreSqlServer { get; } = Environment.GetEnvironmentVariable(PostgreSqlVariable) is { Length: > 0 } server ? server : null;

    /// <summary>Why the tests cannot run as asked: PostgreSQL chosen, but no server configured. Null when they can.</summary>
    public static string? Unavailable { get; } = IsPostgreSql && PostgreSqlServer is null
        ? $"{ProviderVariable}=PostgreSql but no PostgreSQL server is configured: set {PostgreSqlVariable} (.ci/run starts one)."
        : null;
}
