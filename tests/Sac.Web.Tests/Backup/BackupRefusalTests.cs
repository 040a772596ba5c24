using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using Sac.Testing;
using static Sac.Web.Tests.Backup.BackupCommandRunner;

namespace Sac.Web.Tests.Backup;

/// <summary>What the backup and restore commands refuse, each with a message that says why, leaving the database as it was.</summary>
public sealed class BackupRefusalTests
{
    [SqliteFact]
    public void Restore_refuses_a_folder_that_is_not_a_sound_backup_and_leaves_the_database_untouched()
    {
        using var data = new TemporaryFolder();
        using var other = new TemporaryFolder();
        CreateDatabases(data.Path);
        var backup = Run("backup", other.Path, SqliteIn(data.Path));
        Assert.Equal(0, backup.ExitCode);
        var corrupt = Path.Combine(other.Path, "sac-20250310T090000Z");
        using (var file = File.OpenWrite(Path.Combine(corrupt, "sac.db")))
        {
            file.Position = 4096; // the second page: the header still says SQLite
            file.Write(Enumerable.Repeat((byte)0x55, 8192).ToArray());
        }

        var notABackup = Path.Combine(other.Path, "notes");
        Directory.CreateDirectory(notABackup);
        File.WriteAllText(Path.Combine(notABackup, "readme.txt"), "not a backup");
        var notSqlite = Path.Combine(other.Path, "text");
        Directory.CreateDirectory(notSqlite);
        File.WriteAllText(Path.Combine(notSqlite, "sac.db"), "not a database");
        File.WriteAllText(Path.Combine(notSqlite, "sac-jobs.db"), "not a database");
        var before = Snapshot(data.Path);

        foreach (var (folder, message) in new[]
        {
            (notABackup, "is not a Sac backup: it has no sac.db"),
            (notSqlite, "fails SQLite's integrity check"),
            (corrupt, "fails SQLite's integrity check"),
        })
        {
            var restore = Run("restore", folder, SqliteIn(data.Path));
            Assert.Equal(1, restore.ExitCode);
            Assert.Contains(message, restore.Error, StringComparison.Ordinal);
            Assert.Equal(before, Snapshot(data.Path));
        }
    }

    [Theory]
    [InlineData("PostgreSql", "Host=db;Database=sac", "pg_dump")]
    [InlineData("SqlServer", "Server=db;Database=sac", "your SQL Server backups")]
    public void The_commands_refuse_a_server_database(string provider, string connectionString, string advice)
    {
        using var backups = new TemporaryFolder();
        foreach (var verb in new[] { "backup", "restore" })
        {
            var outcome = Run(verb, backups.Path, $"--Database:Provider={provider}", $"--ConnectionStrings:Sac={connectionString}");

            Assert.Equal(1, outcome.ExitCode);
            Assert.Contains($"Database:Provider is {provider}", outcome.Error, StringComparison.Ordinal);
            Assert.Contains(advice, outcome.Error, StringComparison.Ordinal);
            Assert.Empty(Directory.EnumerateFileSystemEntries(backups.Path));
        }
    }

    /// <summary>Both databases with enough rows to span several pages.</summary>
    private static void CreateDatabases(string folder)
    {
        foreach (var file in new[] { "sac.db", "sac-jobs.db" })
        {
            using var connection = new SqliteConnection($"Data Source={Path.Combine(folder, file)};Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE Rows (Id INTEGER PRIMARY KEY, Body BLOB); "
                + "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50) INSERT INTO Rows (Body) SELECT randomblob(1000) FROM n;";
            command.ExecuteNonQuery();
        }
    }

    private static string Snapshot(string folder) => string.Join(
        ";",
        Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal)
            .Select(f => $"{Path.GetFileName(f)}:{Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))}"));
}
