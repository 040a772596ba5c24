namespace Sac.Benchmarks.Storage;

/// <summary>Writes batches of rows, each batch in one transaction.</summary>
internal interface IBulkWriter : IAsyncDisposable
{
    Task WriteAsync(IReadOnlyList<TableRows> tables, CancellationToken cancellationToken);
}

/// <summary>The rows of one table in a batch.</summary>
internal sealed record TableRows(TableLayout Layout, IReadOnlyList<object?[]> Rows);
