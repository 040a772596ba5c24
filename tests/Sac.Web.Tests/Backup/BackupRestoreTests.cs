using System.Collections.Concurrent;
using System.Net;
using Sac.Testing;
using Sac.Web.Tests.Support;
using static Sac.Web.Tests.Backup.BackupCommandRunner;

namespace Sac.Web.Tests.Backup;

/// <summary>Nothing lost: a backup taken while the application writes restores, on another folder, every case committed before it.</summary>
public sealed class BackupRestoreTests
{
    [SqliteFact]
    public async Task A_backup_taken_while_findings_are_recorded_restores_every_case_committed_before_it()
    {
        using var live = new TemporaryFolder();
        using var backups = new TemporaryFolder();
        using var restored = new TemporaryFolder();
        var recorded = new ConcurrentQueue<string>();
        string[] committedBeforeTheBackup;
        Outcome backup;
        await using (var app = new SacAppOnFolder(live.Path))
        {
            using var finder = app.CreateApiClient(DemoTokens.Finder);
            for (var i = 0; i < 10; i++)
            {
                recorded.Enqueue((await finder.RecordAsync(FindingRequests.Example(FindingRequests.NewExternalId("before")))).Id());
            }

            using var stop = new CancellationTokenSource();
            var writer = Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    recorded.Enqueue((await finder.RecordAsync(FindingRequests.Example(FindingRequests.NewExternalId("during")))).Id());
                }
            });
            while (recorded.Count < 12)
            {
                await Task.Delay(10);
            }

            committedBeforeTheBackup = [.. recorded];
            backup = Run("backup", backups.Path, SqliteIn(live.Path));
            var recordedWhenTheBackupEnded = recorded.Count;
            await Task.Delay(100);
            await stop.CancelAsync();
            await writer;
            Assert.True(recorded.Count > recordedWhenTheBackupEnded, "findings were still being recorded after the backup");
        }

        Assert.Equal(0, backup.ExitCode);
        var folder = Path.Combine(backups.Path, "sac-20250310T090000Z");
        Assert.Equal($"Backed up and verified: {folder}{Environment.NewLine}", backup.Output);

        var restore = Run("restore", folder, SqliteIn(restored.Path));
        Assert.Equal(0, restore.ExitCode);
        Assert.Equal("ok", IntegrityCheck(Path.Combine(restored.Path, "sac.db")));
        Assert.False(File.Exists(Path.Combine(restored.Path, "sac.db-wal")));

        await using var restarted = new SacAppOnFolder(restored.Path);
        using var reader = restarted.CreateApiClient(DemoTokens.Finder);
        foreach (var id in committedBeforeTheBackup)
        {
            using var response = await reader.GetAsync($"/api/v1/cases/{id}");
            await response.AssertStatusAsync(HttpStatusCode.OK);
        }
    }

    [SqliteFact]
    public async Task Restore_is_refused_while_the_application_runs_on_the_database()
    {
        using var live = new TemporaryFolder();
        using var backups = new TemporaryFolder();
        await using var app = new SacAppOnFolder(live.Path);
        using var finder = app.CreateApiClient(DemoTokens.Finder);
        await finder.RecordAsync(FindingRequests.Example(FindingRequests.NewExternalId("running")));
        var backup = Run("backup", backups.Path, SqliteIn(live.Path));
        Assert.Equal(0, backup.ExitCode);

        var restore = Run("restore", Path.Combine(backups.Path, "sac-20250310T090000Z"), SqliteIn(live.Path));

        Assert.Equal(1, restore.ExitCode);
        Assert.Contains("is in use: stop the application before restoring", restore.Error, StringComparison.Ordinal);
    }
}
