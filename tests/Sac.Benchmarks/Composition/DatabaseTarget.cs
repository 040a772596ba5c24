namespace Sac.Benchmarks.Composition;

/// <summary>The database under test, named the way the application's configuration names it.</summary>
internal sealed record DatabaseTarget(string Provider, string ConnectionString)
{
    public bool IsPostgreSql => Provider.Equals("PostgreSql", StringComparison.OrdinalIgnoreCase);

    public static DatabaseTarget From(BenchmarkOptions options) => options.IsPostgreSql
        ? new DatabaseTarget("PostgreSql", options.Connection!)
        : new DatabaseTarget("Sqlite", $"Data Source={Path.Combine(options.DataDirectory, "sac.db")}");

    /// <summary>The settings the web host and the in-process composition both get, as configuration keys.</summary>
    public IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Database:Provider"] = Provider,
        ["ConnectionStrings:Sac"] = ConnectionString,
    };
}
