using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using Sac.Web.Hosting;

namespace Sac.Web.Tests.Backup;

/// <summary>Runs <c>backup</c> and <c>restore</c> as an operator would, on the SQLite database of a folder.</summary>
internal static class BackupCommandRunner
{
    public static readonly DateTimeOffset Now = new(2025, 3, 10, 9, 0, 0, TimeSpan.Zero);

    public sealed record Outcome(int ExitCode, string Output, string Error);

    public static Outcome Run(string verb, string folder, params string[] settings)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = BackupCommand.Run([verb, folder, .. settings], new FakeTimeProvider(Now), output, error);
        return new Outcome(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>The settings that point the command at the SQLite database of <paramref name="dataFolder"/>.</summary>
    public static string[] SqliteIn(string dataFolder) =>
        ["--Database:Provider=Sqlite", $"--ConnectionStrings:Sac=Data Source={Path.Combine(dataFolder, "sac.db")}"];

    public static string IntegrityCheck(string databaseFile)
    {
        using var connection = new SqliteConnection($"Data Source={databaseFile};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check;";
        return (string)command.ExecuteScalar()!;
    }
}
