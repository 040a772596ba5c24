using Microsoft.EntityFrameworkCore;

namespace Sac.Infrastructure.Persistence.Providers;

internal static class SqliteTuning
{
    /// <summary>
    /// Write-ahead logging (kept in the file once set): readers no longer wait for a writer, and a commit is one append
    /// instead of a rollback journal; commits stay fully synchronous. Then fresh planner statistics for the tables that
    /// need them: without any, SQLite sorts every case for the inbox instead of walking its index.
    /// </summary>
    public static async Task TuneAsync(SacDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        await db.Database.ExecuteSqlRawAsync("PRAGMA optimize=0x10002;", cancellationToken);
    }
}
