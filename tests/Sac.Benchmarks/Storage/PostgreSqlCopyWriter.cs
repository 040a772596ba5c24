using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Sac.Benchmarks.Storage;

/// <summary>PostgreSQL's binary COPY, one per table, inside the batch's transaction: the bulk path the server offers.</summary>
internal sealed class PostgreSqlCopyWriter(NpgsqlConnection connection, ISqlGenerationHelper sql) : IBulkWriter
{
    public async Task WriteAsync(IReadOnlyList<TableRows> tables, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var (layout, rows) in tables.Where(t => t.Rows.Count > 0))
        {
            var columns = string.Join(", ", layout.Columns.Select(c => sql.DelimitIdentifier(c.Name)));
            await using var copy = await connection.BeginBinaryImportAsync(
                $"COPY {sql.DelimitIdentifier(layout.Name)} ({columns}) FROM STDIN (FORMAT BINARY)", cancellationToken);
            foreach (var row in rows)
            {
                await copy.StartRowAsync(cancellationToken);
                for (var i = 0; i < row.Length; i++)
                {
                    // Binary COPY trusts the writer: each value goes as the store type EF Core maps its column to.
                    await (row[i] is { } value
                        ? copy.WriteAsync(value, layout.Columns[i].Mapping.StoreTypeNameBase, cancellationToken)
                        : copy.WriteNullAsync(cancellationToken));
                }
            }

            await copy.CompleteAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
