using System.Globalization;
using System.Text;
using Sac.Benchmarks.Generation;
using Sac.Benchmarks.Measures;

namespace Sac.Benchmarks.Report;

/// <summary>Collects the measurements of a run and writes them as Markdown, for docs/benchmarks.md.</summary>
internal sealed class ResultsReport(string provider)
{
    private readonly List<Measurement> measurements = [];
    private readonly List<string> notes = [];
    private readonly StringBuilder queries = new();

    /// <summary>The SQL each raw baseline ran, as EF Core sent it for the application.</summary>
    public string Queries => queries.ToString();

    public void Note(string line)
    {
        notes.Add(line);
        Console.WriteLine(line);
    }

    public void Add(Measurement measurement)
    {
        measurements.Add(measurement);
        Console.WriteLine($"{measurement.Measure}: {measurement.Result} (baseline {measurement.Baseline}; goal {measurement.Goal}: {(measurement.Met ? "met" : "NOT met")})");
    }

    public void AddIntake(LoadResult app, LoadResult bare)
    {
        var share = app.PerSecond / bare.PerSecond;
        Add(new Measurement(
            "Intake, POST /api/v1/findings",
            Invariant($"{app.PerSecond:0} findings/s (p50 {app.Latencies.P50:0} ms, p95 {app.Latencies.P95:0} ms{Failures(app)}; {share:P0} of bare)"),
            Invariant($"{bare.PerSecond:0} findings/s (p95 {bare.Latencies.P95:0} ms{Failures(bare)})"),
            "≥ 1,000/s and ≥ 50% of bare",
            app.PerSecond >= 1000 && share >= 0.5 && app.Failed == 0));
    }

    public void AddPage(PageResult page, string scale)
    {
        AddQueries($"{page.Name}, {scale}", page.Commands);
        var ratio = page.Page.P95 / page.Raw.P95;
        Add(new Measurement(
            $"{page.Name}, {scale}",
            Invariant($"p50 {page.Page.P50:0.0} ms, p95 {page.Page.P95:0.0} ms ({ratio:0.0}× raw; n={page.Page.Count})"),
            Invariant($"raw SQL ({page.Commands.Count} commands): p50 {page.Raw.P50:0.0} ms, p95 {page.Raw.P95:0.0} ms"),
            "p95 ≤ 50 ms and ≤ 2× raw",
            page.Page.P95 <= 50 && ratio <= 2));
    }

    public void AddCameraBurst(CameraBurstResult cameras)
    {
        var burst = cameras.Burst;
        Add(new Measurement(
            Invariant($"Camera burst, {cameras.Sent:N0} C3 findings with a photo (POST /api/v1/findings)"),
            Invariant($"{burst.PerSecond:0} findings/s, all in {burst.Elapsed.TotalSeconds:0} s (p50 {burst.Latencies.P50:0} ms, p95 {burst.Latencies.P95:0} ms{Failures(burst)})"),
            "—",
            "every finding stored",
            burst.Failed == 0 && burst.Created == cameras.Sent));
        foreach (var (screen, quiet, during) in cameras.Screens)
        {
            Add(new Measurement(
                $"Official's screen {screen} during the burst",
                Invariant($"p50 {during.P50:0.0} ms, p95 {during.P95:0.0} ms (n={during.Count})"),
                Invariant($"without the burst: p50 {quiet.P50:0.0} ms, p95 {quiet.P95:0.0} ms (n={quiet.Count})"),
                "p95 ≤ 500 ms during the burst",
                during.P95 <= 500));
        }
    }

    public void AddSweep(SweepResult sweep)
    {
        AddQueries("Deadline sweep", sweep.Commands);
        Add(new Measurement(
            Invariant($"Deadline sweep, {sweep.Due:N0} cases due"),
            Invariant($"whole sweep p50 {sweep.Sweep.P50:0} ms (max {sweep.Sweep.Percentile(1):0} ms); query alone p50 {sweep.Query.P50:0.0} ms"),
            Invariant($"raw query p50 {sweep.Raw.P50:0.0} ms"),
            "≤ 5 s",
            sweep.Sweep.Percentile(1) <= 5000));
    }

    public void AddLetters(LetterResult letters)
    {
        Add(new Measurement(
            $"Letters rendered ({string.Join(", ", letters.Letters)})",
            Invariant($"{letters.PerSecond:0}/s on all cores ({letters.PerSecondOneThread:0}/s on one)"),
            Invariant($"bare one-page PDF {letters.BarePerSecond:0}/s ({letters.BarePerSecondOneThread:0}/s on one)"),
            "≥ 100/s",
            letters.PerSecond >= 100));
    }

    public void AddMemory(long appBytes, long bareBytes)
    {
        Add(new Measurement(
            "Peak memory of the web process (VmHWM) after all loads",
            Invariant($"{appBytes / 1024d / 1024d:0} MB"),
            Invariant($"bare intake process {bareBytes / 1024d / 1024d:0} MB"),
            "≤ 300 MB",
            appBytes <= 300L * 1024 * 1024));
    }

    public void AddGeneration(GenerationStats stats)
    {
        Note(Invariant($"Generated {stats.Cases:N0} cases, {stats.TimelineLines:N0} timeline lines, {stats.RegisterLines:N0} register lines in {stats.Elapsed.Elapsed.TotalSeconds:0} s ({stats.Cases / stats.Elapsed.Elapsed.TotalSeconds:N0} cases/s)."));
        Note(Invariant($"Decisions: {stats.Decisions:N0}, of which repeat offences (recidivism): {stats.RepeatOffences:N0}."));
        Note("Statuses: " + string.Join(", ", stats.Statuses.OrderByDescending(s => s.Value).Select(s => Invariant($"{s.Key} {s.Value:N0}"))));
        Note("Steps the domain refused while generating: " + (stats.Refusals.Count == 0 ? "none" : string.Join(", ", stats.Refusals.Select(r => Invariant($"{r.Key} {r.Value:N0}")))));
    }

    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine(Invariant($"## {provider}")).AppendLine();
        text.AppendLine("| Measure | Result | Bare baseline | Goal | Met? |").AppendLine("|---|---|---|---|---|");
        foreach (var m in measurements)
        {
            text.AppendLine(Invariant($"| {m.Measure} | {m.Result} | {m.Baseline} | {m.Goal} | {(m.Met ? "yes" : "no")} |"));
        }

        text.AppendLine();
        foreach (var note in notes)
        {
            text.AppendLine(Invariant($"- {note}"));
        }

        return text.ToString();
    }

    private void AddQueries(string name, IReadOnlyList<CapturedCommand> commands)
    {
        queries.AppendLine(Invariant($"-- {name}"));
        foreach (var command in commands)
        {
            queries.AppendLine(Invariant($"-- parameters: {string.Join(", ", command.Parameters.Select(p => $"{p.Name}={p.Value}"))}"));
            queries.AppendLine(command.Text.TrimEnd(';') + ";").AppendLine();
        }
    }

    private static string Failures(LoadResult load) => load.Failed == 0 ? string.Empty : Invariant($", {load.Failed} failed: {string.Join(' ', load.Failures.Select(f => $"{(int)f.Key}×{f.Value}"))}");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
