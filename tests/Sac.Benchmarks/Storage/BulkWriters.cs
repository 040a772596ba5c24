using System.Data.Common;
using Microsoft.EntityFrameworkCore.Storage;

namespace Sac.Benchmarks.Storage;

/// <summary>The fastest correct way to load rows into the database under test.</summary>
internal static class BulkWriters
{
    public static IBulkWriter For(DbConnection connection, ISqlGenerationHelper sql) => new PreparedInsertWriter(connection, sql);
}
