using Sac.Infrastructure.Persistence;
using Sac.Infrastructure.Persistence.Providers;

namespace Sac.Web.Hosting;

/// <summary>
/// <c>backup &lt;folder&gt;</c> and <c>restore &lt;folder&gt;</c>, run by the web host's own executable instead of the web
/// server, so that they read the database exactly as the application does (appsettings, environment, command line).
/// </summary>
internal static class BackupCommand
{
    public static bool IsCommand(string[] args) => args is ["backup" or "restore", ..];

    /// <summary>Runs the command and answers the process's exit code: 0 done, 1 refused, 2 misused.</summary>
    public static int Run(string[] args, TimeProvider clock, TextWriter output, TextWriter error)
    {
        if (args is not [var verb, var folder, .. var settings] || folder.StartsWith('-'))
        {
            error.WriteLine("Usage: Sac.Web backup <folder> | restore <backup folder> [--ConnectionStrings:Sac=…]");
            return 2;
        }

        var builder = WebApplication.CreateBuilder(settings);
        var database = DatabaseSettings.From(builder.Configuration, builder.Environment);
        if (database.Provider != DatabaseProvider.Sqlite)
        {
            error.WriteLine($"Database:Provider is {database.Provider}: back it up with the database's own tools (pg_dump for PostgreSQL, your SQL Server backups).");
            return 1;
        }

        try
        {
            var sqlite = new SqliteBackup(database.ConnectionString);
            if (verb == "backup")
            {
                output.WriteLine($"Backed up and verified: {sqlite.BackUp(folder, clock.GetUtcNow())}");
            }
            else
            {
                sqlite.Restore(folder);
                output.WriteLine($"Restored {folder}: start the application.");
            }

            return 0;
        }
        catch (BackupRefusedException e)
        {
            error.WriteLine(e.Message);
            return 1;
        }
    }
}
