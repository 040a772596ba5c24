using System.Globalization;
using Microsoft.Data.Sqlite;
using Sac.Infrastructure.Jobs;

namespace Sac.Infrastructure.Persistence;

/// <summary>
/// Online backup and restore of the embedded SQLite database and of its jobs' database (<c>sac-jobs.db</c>): both are the
/// application's durable state. A backup is a folder named after the UTC time holding <see cref="DatabaseFile"/> and
/// <see cref="JobsFile"/>.
/// </summary>
internal sealed class SqliteBackup(string connectionString)
{
    public const string DatabaseFile = "sac.db";
    public const string JobsFile = "sac-jobs.db";

    private readonly string database = Path.GetFullPath(new SqliteConnectionStringBuilder(connectionString).DataSource);
    private readonly string jobs = JobsRegistration.JobsDatabasePath(connectionString);

    /// <summary>
    /// Copies both databases into a new folder under <paramref name="destination"/> while the application keeps writing: SQLite's
    /// backup API copies every page under one read transaction, so each copy is the database as of one commit (WAL lets writers
    /// go on meanwhile). The folder only gets its final name once both copies pass <c>integrity_check</c>.
    /// </summary>
    public string BackUp(string destination, DateTimeOffset now)
    {
        if (new[] { database, jobs }.FirstOrDefault(source => !File.Exists(source)) is { } missing)
        {
            throw new BackupRefusedException($"There is no database at '{missing}': nothing to back up.");
        }

        var folder = Path.Combine(Path.GetFullPath(destination), "sac-" + now.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture));
        if (Directory.Exists(folder))
        {
            throw new BackupRefusedException($"'{folder}' already exists.");
        }

        var partial = folder + ".partial";
        Directory.CreateDirectory(partial);
        Copy(database, Path.Combine(partial, DatabaseFile));
        Copy(jobs, Path.Combine(partial, JobsFile));
        Verify(partial);
        Directory.Move(partial, folder);
        return folder;
    }

    /// <summary>
    /// Replaces both databases by the backup in <paramref name="backup"/>, after checking that it is one and passes
    /// <c>integrity_check</c>, and that no process has the databases open; their stale <c>-wal</c> and <c>-shm</c> files go.
    /// Until every check passed, nothing is touched.
    /// </summary>
    public void Restore(string backup)
    {
        Verify(backup);
        RefuseWhileInUse(database);
        RefuseWhileInUse(jobs);
        Directory.CreateDirectory(Path.GetDirectoryName(database)!);
        Replace(Path.Combine(backup, DatabaseFile), database);
        Replace(Path.Combine(backup, JobsFile), jobs);
    }

    private static void Copy(string source, string target)
    {
        using var from = Open(source, SqliteOpenMode.ReadOnly);
        using var to = Open(target, SqliteOpenMode.ReadWriteCreate);
        from.BackupDatabase(to);

        // The copy inherits WAL from its source; a rollback journal makes it one self-contained file.
        using var command = to.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=DELETE;";
        command.ExecuteNonQuery();
    }

    private static void Verify(string backup)
    {
        foreach (var file in new[] { DatabaseFile, JobsFile })
        {
            var path = Path.Combine(backup, file);
            if (!File.Exists(path))
            {
                throw new BackupRefusedException($"'{backup}' is not a Sac backup: it has no {file}.");
            }

            string result;
            try
            {
                using var connection = Open(path, SqliteOpenMode.ReadWrite);
                using var command = connection.CreateCommand();
                command.CommandText = "PRAGMA integrity_check;";
                result = Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture) ?? "no answer";
            }
            catch (SqliteException e)
            {
                result = e.Message;
            }

            if (result != "ok")
            {
                throw new BackupRefusedException($"'{path}' fails SQLite's integrity check: {result}");
            }
        }
    }

    /// <summary>
    /// A running application keeps its connections open, and leaving WAL mode needs every other connection closed: the switch
    /// fails while any process has the database open. It changes nothing that matters, since the file is replaced next.
    /// </summary>
    private static void RefuseWhileInUse(string path)
    {
        if (!File.Exists(path))
        {
            return;
        }

        string? mode;
        try
        {
            using var connection = Open(path, SqliteOpenMode.ReadWrite);
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode=DELETE;";
            command.CommandTimeout = 1; // seconds Microsoft.Data.Sqlite retries a busy database
            mode = Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 5 or 6) // SQLITE_BUSY, SQLITE_LOCKED
        {
            mode = null;
        }

        if (mode != "delete")
        {
            throw new BackupRefusedException($"'{path}' is in use: stop the application before restoring.");
        }
    }

    /// <summary>The backup is copied beside the target first, so the target is replaced in one rename, never half-written.</summary>
    private static void Replace(string source, string target)
    {
        var copy = target + ".restoring";
        File.Copy(source, copy, overwrite: true);
        foreach (var stale in new[] { "-wal", "-shm", "-journal" })
        {
            File.Delete(target + stale);
        }

        File.Move(copy, target, overwrite: true);
    }

    // Unpooled, so that no connection outlives the command and holds a file open.
    private static SqliteConnection Open(string path, SqliteOpenMode mode)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ConnectionString);
        connection.Open();
        return connection;
    }
}

/// <summary>A backup or restore that cannot be done as asked; the message tells the operator why.</summary>
internal sealed class BackupRefusedException(string message) : Exception(message);
