using System.Data.Common;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Sac.Benchmarks.Storage;

/// <summary>The fastest correct way to load rows into the database under test.</summary>
internal static class BulkWriters
{
    public static IBulkWriter For(DbConnection connection, ISqlGenerationHelper sql) => connection is NpgsqlConnection npgsql
        ? new PostgreSqlCopyWriter(npgsql, sql)
        : new SqliteInsertWriter(connection, sql);
}
