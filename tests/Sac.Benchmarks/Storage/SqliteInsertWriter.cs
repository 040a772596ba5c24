using System.Data.Common;
using Microsoft.EntityFrameworkCore.Storage;

namespace Sac.Benchmarks.Storage;

/// <summary>
/// SQLite runs in process, so a prepared INSERT per table, executed row after row inside the batch's transaction, is as
/// fast as a bulk API gets. Random keys (GUIDs) spread every insert over the indexes: this connection gets a large page
/// cache so that they stay in memory while the data is loaded (the setting ends with the connection).
/// </summary>
internal sealed class SqliteInsertWriter : IBulkWriter
{
    private const string LargePageCache = "PRAGMA cache_size = -1048576";

    private readonly DbConnection connection;
    private readonly ISqlGenerationHelper sql;
    private readonly Dictionary<string, DbCommand> inserts = [];

    public SqliteInsertWriter(DbConnection connection, ISqlGenerationHelper sql)
    {
        this.connection = connection;
        this.sql = sql;
        using var pragma = connection.CreateCommand();
        pragma.CommandText = LargePageCache;
        pragma.ExecuteNonQuery();
    }

    public async Task WriteAsync(IReadOnlyList<TableRows> tables, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var (layout, rows) in tables)
        {
            if (!inserts.TryGetValue(layout.Name, out var insert))
            {
                inserts[layout.Name] = insert = InsertStatement.Create(connection, layout, sql);
            }

            insert.Transaction = transaction;
            foreach (var row in rows)
            {
                // Microsoft.Data.Sqlite runs commands synchronously anyway; the async path would only add a task per row.
                InsertStatement.Bind(insert, row);
                insert.ExecuteNonQuery();
            }
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var insert in inserts.Values)
        {
            await insert.DisposeAsync();
        }
    }
}
