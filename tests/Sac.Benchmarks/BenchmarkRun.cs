using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sac.Application.Cases.SearchCases;
using Sac.Application.Municipalities.ListMunicipalities;
using Sac.Benchmarks.Composition;
using Sac.Benchmarks.Generation;
using Sac.Benchmarks.Measures;
using Sac.Benchmarks.Processes;
using Sac.Benchmarks.Report;
using Sac.Domain.Cases;
using Sac.Infrastructure;
using Sac.Infrastructure.Persistence;
using Sac.Web.Models;

namespace Sac.Benchmarks;

/// <summary>
/// The whole run on one provider: make the data, start the application and the bare endpoint as their own processes,
/// measure each side by side, and write the results table.
/// </summary>
internal sealed class BenchmarkRun(BenchmarkOptions options, FixedClock clock)
{
    private readonly DatabaseTarget target = DatabaseTarget.From(options);
    private const string DemoAdminToken = "demo-admin-token";

    private readonly ResultsReport report = new(options.IsPostgreSql ? "PostgreSQL" : "SQLite");

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var total = Stopwatch.StartNew();
        Directory.CreateDirectory(options.DataDirectory);
        report.Note($"Machine: {Machine.Describe()}. Run at {DateTimeOffset.Now:yyyy-MM-dd HH:mm zzz}; the application's clock: {clock.Now:yyyy-MM-dd HH:mm zzz}.");
        report.Note($"Command: dotnet run -c Release --project tests/Sac.Benchmarks -- {string.Join(' ', Environment.GetCommandLineArgs().Skip(1).Select(Quoted))}");
        report.Note($"Load average at the start (1, 5, 15 min): {Machine.LoadAverage()}.");

        await using var system = SacComposition.Build(target, clock);
        await PrepareDatabaseAsync(system, cancellationToken);
        var generator = new DataGenerator(system, clock, options.Seed);
        var (first, second) = options.Scale switch
        {
            Scale.City => (Volumes(PlatformPlan.City), null),
            Scale.Platform => (Volumes([.. PlatformPlan.City, .. PlatformPlan.RestOfPlatform]), null),
            _ => (Volumes(PlatformPlan.City), Volumes(PlatformPlan.RestOfPlatform)),
        };
        await GenerateAsync(system, generator, first, cancellationToken);

        var logs = options.DataDirectory;
        await using var web = await HostProcess.StartAsync(WebAssembly(), [], WebEnvironment(), Path.Combine(logs, "web.log"), cancellationToken);
        if (generator.Replayable is { } replayable)
        {
            report.Note(await ReadBack.CheckAsync(web.Address, generator.Stats.Samples, replayable, cancellationToken));
        }

        await using var asOfficial = SacComposition.Build(target, clock, new DemoOfficial(), recordLetters: true);
        using var session = await OfficialSession.SignInAsync(web.Address, DemoOfficial.Email, DemoOfficial.Password, cancellationToken);
        await MeasureReadsAsync(web, session, asOfficial, second is null ? ScaleName(options.Scale) : "city", cancellationToken);
        if (second is not null)
        {
            await GenerateAsync(system, generator, second, cancellationToken);
            await MeasureReadsAsync(web, session, asOfficial, "platform", cancellationToken);
        }

        report.AddGeneration(generator.Stats);
        await using (var bare = await HostProcess.StartAsync(
            typeof(BenchmarkRun).Assembly.Location, BaselineArguments(), new Dictionary<string, string> { ["DOTNET_gcServer"] = "1" }, Path.Combine(logs, "bare.log"), cancellationToken))
        {
            if (options.Runs("intake"))
            {
                // Each run takes new externalIds: a reused database never sees the same finding twice.
                var intake = new IntakeLoad(options.IntakeClients, options.IntakeDuration, BaselineServer.FinderToken, clock.Now, options.Seed);
                var label = DateTime.UtcNow.ToString("HHmmss", CultureInfo.InvariantCulture);
                var app = await intake.RunAsync(web.Address, $"app{label}", cancellationToken);
                var floor = await intake.RunAsync(bare.Address, $"bare{label}", cancellationToken);
                report.AddIntake(app, floor);
            }

            if (options.Runs("cameras"))
            {
                var burst = new CameraBurst(options.CameraFindings, options.IntakeClients, clock.Now);
                report.AddCameraBurst(await burst.RunAsync(web.Address, session.Client, DemoAdminToken, BaselineServer.FinderToken, cancellationToken));
            }

            if (options.Runs("sweep"))
            {
                report.AddSweep(await SweepMeasure.RunAsync(system, clock.Now, cancellationToken));
            }

            if (options.Runs("letters"))
            {
                report.AddLetters(await LetterMeasure.RunAsync(asOfficial, cancellationToken));
            }

            report.AddMemory(web.PeakMemoryBytes(), bare.PeakMemoryBytes());
        }

        report.Note(string.Create(CultureInfo.InvariantCulture, $"The whole run took {total.Elapsed.TotalMinutes:0.0} minutes; load average at the end: {Machine.LoadAverage()}."));
        var markdown = report.ToMarkdown();
        var path = Path.Combine(options.DataDirectory, $"results-{target.Provider}.md");
        await File.WriteAllTextAsync(path, markdown, cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(options.DataDirectory, $"queries-{target.Provider}.sql"), report.Queries, cancellationToken);
        Console.WriteLine();
        Console.WriteLine(markdown);
        Console.WriteLine($"Written to {path}.");
        return 0;
    }

    /// <summary>A fresh database (unless reused), migrated and seeded with the demo users, tokens and regulation, as the application starts.</summary>
    private async Task PrepareDatabaseAsync(ServiceProvider system, CancellationToken cancellationToken)
    {
        if (!options.Reuse)
        {
            await using var scope = system.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<SacDbContext>().Database.EnsureDeletedAsync(cancellationToken);
            foreach (var file in Directory.EnumerateFiles(options.DataDirectory, "sac*.db*"))
            {
                File.Delete(file);
            }
        }

        await system.InitialiseDatabaseAsync(cancellationToken);
    }

    /// <summary>Generates what is not there yet (a reused database keeps what it has), then lets the database plan with fresh statistics.</summary>
    private static async Task GenerateAsync(ServiceProvider system, DataGenerator generator, IReadOnlyList<MunicipalityVolume> volumes, CancellationToken cancellationToken)
    {
        await using var scope = system.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SacDbContext>();
        var missing = new List<MunicipalityVolume>();
        foreach (var volume in volumes)
        {
            if (await db.Cases.CountAsync(c => c.MunicipalityNis == volume.Nis, cancellationToken) < volume.Cases)
            {
                missing.Add(volume);
            }
        }

        Console.WriteLine($"Generating {missing.Sum(v => v.Cases):N0} cases ({string.Join(", ", missing.Select(v => $"{v.Nis}: {v.Cases:N0}"))}).");
        await generator.GenerateAsync(missing, cancellationToken);

        // A live database has fresh statistics and, on PostgreSQL, a visibility map for index-only scans (autovacuum; PRAGMA
        // optimize when Sac starts on SQLite); a bulk load has neither until they catch up.
        await db.Database.ExecuteSqlRawAsync(db.Database.IsNpgsql() ? "VACUUM ANALYZE" : "ANALYZE", cancellationToken);
        SqliteConnection.ClearAllPools();
    }

    private async Task MeasureReadsAsync(HostProcess web, OfficialSession session, ServiceProvider asOfficial, string scale, CancellationToken cancellationToken)
    {
        if (!options.Runs("reads"))
        {
            return;
        }

        var pages = new PageMeasure(options.PageRequests);
        report.AddPage(await pages.RunAsync(
            "Inbox page (MVC /Cases, signed-in official, 3 municipalities, 25 per page)", session.Client, "/Cases", asOfficial,
            [new ListMunicipalitiesQuery(), new CaseInbox().ToQuery()], cancellationToken), scale);

        using var api = new HttpClient { BaseAddress = web.Address };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "demo-official-token");
        report.AddPage(await pages.RunAsync(
            "Case search API (municipality=44021&status=ReadyForDecision, 50 per page)", api,
            "/api/v1/cases?municipality=44021&status=ReadyForDecision&page=1&pageSize=50", asOfficial,
            [new SearchCasesQuery("44021", CaseStatus.ReadyForDecision, Page: 1, PageSize: 50)], cancellationToken), scale);

        var repeatOffender = await MostFrequentOffenderAsync(asOfficial, cancellationToken);
        report.AddPage(await pages.RunAsync(
            "Case search API (nationalRegisterNumber of the most frequent offender)", api,
            $"/api/v1/cases?nationalRegisterNumber={repeatOffender}", asOfficial,
            [new SearchCasesQuery(NationalRegisterNumber: repeatOffender)], cancellationToken), scale);
    }

    private static async Task<string> MostFrequentOffenderAsync(ServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SacDbContext>().Cases.AsNoTracking()
            .Where(c => c.Offender.NationalRegisterNumber != null)
            .GroupBy(c => c.Offender.NationalRegisterNumber!)
            .OrderByDescending(g => g.Count())
            .Select(g => g.Key)
            .FirstAsync(cancellationToken);
    }

    private IReadOnlyList<MunicipalityVolume> Volumes(IEnumerable<MunicipalityVolume> volumes) =>
        [.. volumes.Select(v => v with { Cases = (int)(v.Cases * options.Fraction) })];

    private static string Quoted(string argument) => argument.Any(c => c is ' ' or ';') ? $"\"{argument}\"" : argument;

    private static string ScaleName(Scale scale) => scale == Scale.City ? "city" : "platform";

    /// <summary>The application as it would run in production, but on the run's clock: a web node (the job server is measured through the sweep).</summary>
    private Dictionary<string, string> WebEnvironment()
    {
        var environment = target.Settings.ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value);
        environment["ASPNETCORE_ENVIRONMENT"] = "Staging";
        environment["Clock__Now"] = clock.Now.ToString("O", CultureInfo.InvariantCulture);
        environment["Jobs__Server"] = "false";
        environment["Demo__Seed"] = "false";
        environment["Registries__Provider"] = "Demo";

        // The intake load sends every finding with one device's token, far beyond what one device is allowed.
        environment["RateLimits__ApiPerTokenPerMinute"] = "10000000";
        foreach (var setting in options.AppSettings)
        {
            var (key, value) = (setting[..setting.IndexOf('=', StringComparison.Ordinal)], setting[(setting.IndexOf('=', StringComparison.Ordinal) + 1)..]);
            environment[key] = value;
        }

        return environment;
    }

    private List<string> BaselineArguments()
    {
        List<string> arguments = ["--baseline-server", "--provider", target.Provider, "--data-dir", options.DataDirectory, "--now", clock.Now.ToString("O", CultureInfo.InvariantCulture)];
        if (options.Connection is { } connection)
        {
            arguments.AddRange(["--connection", connection]);
        }

        return arguments;
    }

    private static string WebAssembly() =>
        typeof(BenchmarkRun).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>()
            .Single(a => a.Key == "SacWebAssembly").Value!;
}
