using System.Globalization;

namespace Sac.Benchmarks;

/// <summary>The command line: <c>--provider Sqlite|PostgreSql [--scale city|platform|both] [--connection …]</c> and the knobs of each measure.</summary>
internal sealed record BenchmarkOptions
{
    public string Provider { get; init; } = "Sqlite";

    /// <summary>For PostgreSQL the database to (re)create; for SQLite unused (the file lives in <see cref="DataDirectory"/>).</summary>
    public string? Connection { get; init; }

    public Scale Scale { get; init; } = Scale.Both;

    /// <summary>Where the SQLite files and the logs go; a fresh temporary folder unless given.</summary>
    public string DataDirectory { get; init; } = Path.Combine(Path.GetTempPath(), "sac-bench", DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture));

    /// <summary>Reuse the data already generated in <see cref="DataDirectory"/> (or the PostgreSQL database) instead of starting afresh.</summary>
    public bool Reuse { get; init; }

    public int IntakeClients { get; init; } = 24;

    public TimeSpan IntakeDuration { get; init; } = TimeSpan.FromSeconds(20);

    public int PageRequests { get; init; } = 200;

    /// <summary>The camera burst: findings sent in it (a busy day of a city's cameras).</summary>
    public int CameraFindings { get; init; } = 10_000;

    public int Seed { get; init; } = 20_250_301;

    /// <summary>A share of the data volumes, for a quick trial of the whole run (1 = the real sizes).</summary>
    public double Fraction { get; init; } = 1;

    /// <summary>The instant the run believes it is; today 10:00 in Brussels unless given (pass it again with <see cref="Reuse"/> on another day).</summary>
    public DateTimeOffset? Now { get; init; }

    /// <summary>The measures to run (reads, intake, sweep, letters, cameras); all unless some are named. Memory is always read at the end.</summary>
    public IReadOnlySet<string> Only { get; init; } = new HashSet<string>(["reads", "intake", "sweep", "letters", "cameras"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Extra configuration for the web host (<c>KEY=VALUE</c>, environment-variable form), to try a setting against the same data.</summary>
    public IReadOnlyList<string> AppSettings { get; init; } = [];

    /// <summary>Runs the bare intake endpoint instead of the benchmark (the benchmark starts itself in this mode).</summary>
    public bool BaselineServer { get; init; }

    public string? Urls { get; init; }

    public bool Runs(string measure) => Only.Contains(measure);

    public bool IsPostgreSql => Provider.Equals("PostgreSql", StringComparison.OrdinalIgnoreCase);

    public static BenchmarkOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchmarkOptions();
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => ++i < args.Count ? args[i] : throw new ArgumentException($"{args[i - 1]} needs a value.");
            options = args[i] switch
            {
                "--provider" => options with { Provider = Value() },
                "--connection" => options with { Connection = Value() },
                "--scale" => options with { Scale = Enum.Parse<Scale>(Value(), ignoreCase: true) },
                "--data-dir" => options with { DataDirectory = Path.GetFullPath(Value()) },
                "--reuse" => options with { Reuse = true },
                "--intake-clients" => options with { IntakeClients = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--intake-seconds" => options with { IntakeDuration = TimeSpan.FromSeconds(int.Parse(Value(), CultureInfo.InvariantCulture)) },
                "--page-requests" => options with { PageRequests = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--camera-findings" => options with { CameraFindings = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--seed" => options with { Seed = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--fraction" => options with { Fraction = double.Parse(Value(), CultureInfo.InvariantCulture) },
                "--now" => options with { Now = DateTimeOffset.Parse(Value(), CultureInfo.InvariantCulture) },
                "--only" => options with { Only = new HashSet<string>(Value().Split(','), StringComparer.OrdinalIgnoreCase) },
                "--app-setting" => options with { AppSettings = [.. options.AppSettings, Value()] },
                "--baseline-server" => options with { BaselineServer = true },
                "--urls" => options with { Urls = Value() },
                var unknown => throw new ArgumentException($"Unknown option '{unknown}'. See docs/benchmarks.md."),
            };
        }

        if (!options.Provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase) && !options.IsPostgreSql)
        {
            throw new ArgumentException($"--provider must be Sqlite or PostgreSql, not '{options.Provider}'.");
        }

        if (options.IsPostgreSql && options.Connection is null)
        {
            throw new ArgumentException("--provider PostgreSql needs --connection \"Host=…;Port=…;Username=…;Database=…\".");
        }

        return options;
    }
}

/// <summary>How much data the read measures run on.</summary>
internal enum Scale
{
    /// <summary>One city: 170,000 cases a year over five years.</summary>
    City,

    /// <summary>A platform of 1,000,000 cases over several municipalities.</summary>
    Platform,

    /// <summary>The city first, then topped up to the platform: the read measures run at both sizes.</summary>
    Both,
}
