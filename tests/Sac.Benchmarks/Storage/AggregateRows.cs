using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Sac.Benchmarks.Storage;

/// <summary>
/// Flattens an aggregate into the rows EF Core inserts for it, read from EF Core's own model rather than written by
/// hand: owned types split into the root's table, owned collections in their own tables under the owner's key, every
/// value through the property's converter and bound with the property's type mapping. Store-generated keys (the
/// identity of timeline lines) are left to the database, as EF Core leaves them.
/// </summary>
internal sealed class AggregateRows<TRoot>
    where TRoot : class
{
    private readonly List<TablePlan> tables = [];

    public AggregateRows(IModel model)
    {
        var root = model.FindEntityType(typeof(TRoot)) ?? throw new InvalidOperationException($"{typeof(TRoot).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(root.GetTableName()!, root.GetSchema());
        var key = root.FindPrimaryKey()!.Properties.Single().GetGetter();
        var rootPlan = new TablePlan(table);
        tables.Add(rootPlan);
        Plan(root, rootPlan, reach: item => item, ownerKey: null, rootKey: r => key.GetClrValue(r));
    }

    public IReadOnlyList<TableLayout> Tables => [.. tables.Select(t => t.Layout)];

    /// <summary>Adds the rows of <paramref name="aggregate"/> to <paramref name="batch"/>, one list per table in <see cref="Tables"/> order.</summary>
    public void AddTo(TableBatch batch, TRoot aggregate)
    {
        for (var t = 0; t < tables.Count; t++)
        {
            var plan = tables[t];
            foreach (var item in plan.Items(aggregate))
            {
                var row = new object?[plan.Columns.Count];
                for (var c = 0; c < row.Length; c++)
                {
                    row[c] = plan.Columns[c].Read(aggregate, item);
                }

                batch.Rows[t].Add(row);
            }
        }
    }

    private void Plan(IEntityType entityType, TablePlan plan, Func<object, object?> reach, Func<object, object?>? ownerKey, Func<object, object?> rootKey)
    {
        foreach (var property in entityType.GetProperties())
        {
            if (property.GetColumnName(plan.Table) is not { } column || plan.Has(column) || IsStoreGeneratedKey(property))
            {
                continue;
            }

            var mapping = (RelationalTypeMapping)property.GetTypeMapping();
            if (property.IsShadowProperty())
            {
                // Only the owner's key is ever a shadow column here (the key of a collection line's owner).
                var owner = property.IsForeignKey() && ownerKey is not null
                    ? ownerKey
                    : throw new NotSupportedException($"{entityType.DisplayName()}.{property.Name} is a shadow column this flattener does not know.");
                plan.Add(column, mapping, (root, _) => owner(root));
                continue;
            }

            var getter = property.GetGetter();
            plan.Add(column, mapping, (_, item) => reach(item) is { } instance ? getter.GetClrValue(instance) : null);
        }

        foreach (var navigation in entityType.GetNavigations().Where(n => n.TargetEntityType.IsOwned() && !n.IsOnDependent))
        {
            var getter = navigation.GetGetter();
            if (!navigation.IsCollection)
            {
                Plan(navigation.TargetEntityType, plan, item => reach(item) is { } owner ? getter.GetClrValue(owner) : null, ownerKey, rootKey);
                continue;
            }

            if (ownerKey is not null)
            {
                throw new NotSupportedException($"{navigation.DeclaringEntityType.DisplayName()}.{navigation.Name}: collections inside collections are not flattened.");
            }

            var target = navigation.TargetEntityType;
            var lines = new TablePlan(StoreObjectIdentifier.Table(target.GetTableName()!, target.GetSchema()), root => getter.GetClrValue(root) as System.Collections.IEnumerable);
            tables.Add(lines);
            Plan(target, lines, reach: item => item, ownerKey: rootKey, rootKey);
        }
    }

    private static bool IsStoreGeneratedKey(IProperty property) =>
        property.IsPrimaryKey() && property.ValueGenerated == ValueGenerated.OnAdd && property.ClrType == typeof(int);

    private sealed class TablePlan(StoreObjectIdentifier table, Func<object, System.Collections.IEnumerable?>? lines = null)
    {
        private readonly List<TableColumn> layout = [];

        public StoreObjectIdentifier Table { get; } = table;

        public List<ColumnPlan> Columns { get; } = [];

        public TableLayout Layout => new(Table.Name, layout);

        public bool Has(string column) => layout.Exists(c => c.Name == column);

        public void Add(string column, RelationalTypeMapping mapping, Func<object, object, object?> read)
        {
            layout.Add(new TableColumn(column, mapping));
            var converter = mapping.Converter;
            Columns.Add(new ColumnPlan(converter is null ? read : (root, item) => read(root, item) is { } value ? converter.ConvertToProvider(value) : null));
        }

        /// <summary>The root itself for the root's table; the lines of the owned collection for a line table.</summary>
        public IEnumerable<object> Items(object root) => lines is null ? [root] : (lines(root) ?? Array.Empty<object>()).Cast<object>();
    }

    private sealed record ColumnPlan(Func<object, object, object?> Read);
}
