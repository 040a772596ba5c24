using Microsoft.EntityFrameworkCore.Storage;

namespace Sac.Benchmarks.Storage;

/// <summary>A table as EF Core maps it: its columns in order, each with the type mapping that binds its values.</summary>
internal sealed record TableLayout(string Name, IReadOnlyList<TableColumn> Columns);

internal sealed record TableColumn(string Name, RelationalTypeMapping Mapping);

/// <summary>Rows waiting to be written, one list per table of a set of layouts; values already in the provider's types.</summary>
internal sealed class TableBatch(int tables)
{
    public List<object?[]>[] Rows { get; } = [.. Enumerable.Range(0, tables).Select(_ => new List<object?[]>())];

    public void Clear()
    {
        foreach (var rows in Rows)
        {
            rows.Clear();
        }
    }
}
