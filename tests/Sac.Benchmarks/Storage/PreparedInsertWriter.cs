using System.Data.Common;
using Microsoft.EntityFrameworkCore.Storage;

namespace Sac.Benchmarks.Storage;

/// <summary>
/// Plain ADO.NET: one prepared INSERT per table, executed row after row inside the batch's transaction. With SQLite,
/// which runs in process, this is as fast as a bulk API gets.
/// </summary>
internal sealed class PreparedInsertWriter(DbConnection connection, ISqlGenerationHelper sql) : IBulkWriter
{
    private readonly Dictionary<string, DbCommand> inserts = [];

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
                InsertStatement.Bind(insert, row);
                await insert.ExecuteNonQueryAsync(cancellationToken);
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
