using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Sac.Testing;

/// <summary>
/// The database of a test application, named after its data folder so that hosts started one after another on that folder
/// (a restart) find the same data: a SQLite file in the folder, or a database of that name on the PostgreSQL test server.
/// </summary>
public abstract class TestDatabase
{
    public abstract string Provider { get; }

    public abstract string ConnectionString { get; }

    public static TestDatabase For(string dataDirectory) => TestDatabaseServer.IsPostgreSql
        ? new PostgreSqlTestDatabase(TestDatabaseServer.PostgreSqlServer ?? throw new InvalidOperationException(TestDatabaseServer.Unavailable), dataDirectory)
        : new SqliteTestDatabase(dataDirectory);

    /// <summary>A new connection, opened, without pooling so that nothing holds the database after the test.</summary>
    public abstract DbConnection Open();

    /// <summary>Removes the database, which must exist no more after the test (the folder's owner calls it).</summary>
    public abstract void Drop();

    /// <summary>A table or column name quoted for raw SQL (PostgreSQL folds unquoted names to lower case).</summary>
    public static string Quote(string name) => $"\"{name}\"";
}

internal sealed class SqliteTestDatabase(string dataDirectory) : TestDatabase
{
    private readonly string path = Path.Combine(dataDirectory, "sac.db");

    public override string Provider => "Sqlite";

    public override string ConnectionString => $"Data Source={path}";

    public override DbConnection Open()
    {
        var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        return connection;
    }

    // The file goes with its folder; pooled connections would keep it open.
    public override void Drop() => SqliteConnection.ClearAllPools();
}

internal sealed class PostgreSqlTestDatabase : TestDatabase
{
    private readonly string server;
    private readonly string name;

    public PostgreSqlTestDatabase(string server, string dataDirectory)
    {
        this.server = server;
        name = "sac_test_" + Path.GetFileName(Path.TrimEndingDirectorySeparator(dataDirectory)).ToLowerInvariant();
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    public override string Provider => "PostgreSql";

    public override string ConnectionString { get; }

    public override DbConnection Open()
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false }.ConnectionString);
        connection.Open();
        return connection;
    }

    public override void Drop()
    {
        using (var pooled = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS {Quote(name)} WITH (FORCE)";
        command.ExecuteNonQuery();
    }
}
