using System.Data.Common;
using Microsoft.EntityFrameworkCore.Storage;

namespace Sac.Benchmarks.Storage;

/// <summary>An INSERT of one row of a table, its parameters made by EF Core's type mappings (the values are already converted).</summary>
internal static class InsertStatement
{
    public static DbCommand Create(DbConnection connection, TableLayout layout, ISqlGenerationHelper sql)
    {
        var command = connection.CreateCommand();
        var columns = string.Join(", ", layout.Columns.Select(c => sql.DelimitIdentifier(c.Name)));
        var values = string.Join(", ", layout.Columns.Select((_, i) => $"@p{i}"));
        command.CommandText = $"INSERT INTO {sql.DelimitIdentifier(layout.Name)} ({columns}) VALUES ({values})";
        for (var i = 0; i < layout.Columns.Count; i++)
        {
            command.Parameters.Add(layout.Columns[i].Mapping.CreateParameter(command, $"@p{i}", value: null, nullable: true));
        }

        return command;
    }

    public static void Bind(DbCommand command, object?[] row)
    {
        for (var i = 0; i < row.Length; i++)
        {
            command.Parameters[i].Value = row[i] ?? DBNull.Value;
        }
    }
}
