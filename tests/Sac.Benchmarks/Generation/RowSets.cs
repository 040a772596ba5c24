using Sac.Benchmarks.Storage;
using Sac.Domain.Cases;
using Sac.Domain.Register;

namespace Sac.Benchmarks.Generation;

/// <summary>How cases and register lines become rows.</summary>
internal sealed record RowSets(AggregateRows<Case> Cases, AggregateRows<RegisterEntry> Register)
{
    public GeneratedBatch NewBatch() => new(new TableBatch(Cases.Tables.Count), new TableBatch(Register.Tables.Count));
}

/// <summary>The rows of a batch of generated cases and of the register lines their decisions made.</summary>
internal sealed record GeneratedBatch(TableBatch Cases, TableBatch Register)
{
    public int Count { get; set; }

    public void AddRegisterLines(RowSets rows, List<RegisterEntry> lines, GenerationStats stats)
    {
        foreach (var line in lines)
        {
            rows.Register.AddTo(Register, line);
        }

        stats.RegisterLines += lines.Count;
        lines.Clear();
    }

    public IReadOnlyList<TableRows> Tables(RowSets rows) =>
        [.. rows.Cases.Tables.Select((t, i) => new TableRows(t, Cases.Rows[i])), .. rows.Register.Tables.Select((t, i) => new TableRows(t, Register.Rows[i]))];
}
