using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Sac.Infrastructure.Persistence.Providers;

namespace Sac.Infrastructure.Tests.Persistence;

/// <summary>
/// Measures recorded before their retention start was stored get one when the database is migrated: the last day, else
/// the decision, else the day recorded; never the column's default, which would expire them at once.
/// </summary>
public sealed class MeasureRetentionBackfillTests : IDisposable
{
    private readonly string file = Path.Combine(Path.GetTempPath(), $"sac-backfill-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task Existing_measures_get_their_retention_start_from_their_dates()
    {
        var recordedAt = new DateTimeOffset(2025, 3, 10, 9, 0, 0, TimeSpan.Zero).UtcTicks;
        await using (var before = Context())
        {
            var previous = before.Database.GetMigrations().Last(m => m.EndsWith("_CollegeSanctionsAndPlaceBans", StringComparison.Ordinal));
            await before.GetService<IMigrator>().MigrateAsync(previous);
        }

        await ExecuteAsync(
            $"""
            INSERT INTO "CollegeSanctions" ("Id", "MunicipalityNis", "Holder_Kind", "Holder_Name", "Holder_Language", "Subject", "InfractionCodes", "DecidedOn", "EndsOn", "RecordedAt", "RecordedBy", "Version")
            VALUES ('temporary', '44021', 'Person', 'A', 'nl', 'S', '[]', '2025-03-05', '2025-03-15', {recordedAt}, 'x', 3),
                   ('definitive', '44021', 'Person', 'A', 'nl', 'S', '[]', '2025-03-05', NULL, {recordedAt}, 'x', 3),
                   ('pending', '44021', 'Person', 'A', 'nl', 'S', '[]', NULL, NULL, {recordedAt}, 'x', 1);
            INSERT INTO "PlaceBans" ("Id", "MunicipalityNis", "Person_Kind", "Person_Name", "Person_Language", "Place", "Ground", "Grounds", "HeardOn", "RecordedAt", "RecordedBy", "Version")
            VALUES ('renewed', '44021', 'Person', 'A', 'nl', 'P', 'RepeatedInfractions', 'G', '2025-03-01', {recordedAt}, 'x', 3),
                   ('heard', '44021', 'Person', 'A', 'nl', 'P', 'RepeatedInfractions', 'G', '2025-03-01', {recordedAt}, 'x', 1);
            INSERT INTO "PlaceBanPeriods" ("Number", "DecidedOn", "StartsOn", "EndsOn", "PlaceBanId")
            VALUES (1, '2025-03-01', '2025-03-01', '2025-03-31', 'renewed'), (2, '2025-03-25', '2025-04-01', '2025-04-30', 'renewed');
            """);

        await using (var after = Context())
        {
            await after.Database.MigrateAsync();
        }

        Assert.Equal(
            ["definitive 2025-03-05", "heard 2025-03-10", "pending 2025-03-10", "renewed 2025-04-30", "temporary 2025-03-15"],
            await ReadAsync("""SELECT "Id" || ' ' || "RetentionFrom" FROM "CollegeSanctions" UNION ALL SELECT "Id" || ' ' || "RetentionFrom" FROM "PlaceBans" ORDER BY 1"""));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(file);
    }

    private SqliteSacDbContext Context() => new(new DbContextOptionsBuilder<SqliteSacDbContext>().UseSqlite($"Data Source={file}").Options);

    /// <summary>Straight into the tables, without the municipalities and cases their foreign keys name.</summary>
    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Foreign Keys=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private async Task<List<string>> ReadAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={file}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
