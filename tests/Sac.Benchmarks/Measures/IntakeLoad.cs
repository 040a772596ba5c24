using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Sac.Benchmarks.Generation;
using Sac.Domain.Calendar;

namespace Sac.Benchmarks.Measures;

/// <summary>The result of a load: findings accepted per second and their latencies.</summary>
internal sealed record LoadResult(int Created, int Failed, TimeSpan Elapsed, Latencies Latencies, IReadOnlyDictionary<HttpStatusCode, int> Failures)
{
    public double PerSecond => Created / Elapsed.TotalSeconds;
}

/// <summary>
/// Concurrent clients posting findings (yesterday's facts in Gent, each with its own externalId) as fast as they are
/// answered, after a warm-up; the same load for the application and for the bare endpoint.
/// </summary>
internal sealed class IntakeLoad(int clients, TimeSpan duration, string token, DateTimeOffset now, int seed)
{
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(3);

    public async Task<LoadResult> RunAsync(Uri address, string label, CancellationToken cancellationToken)
    {
        var random = new Random(seed);
        var findings = new FindingFactory(random, new OffenderPool(random));
        var locality = Locality.Of("44021");
        var factsDate = BelgianTime.DateOf(now).AddDays(-1);
        var sequence = 0;
        string NextBody()
        {
            lock (findings)
            {
                return JsonSerializer.Serialize(findings.Next(locality, factsDate, $"load-{label}-{++sequence:D7}"), JsonSerializerOptions.Web);
            }
        }

        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var client = new HttpClient(handler) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        await RunForAsync(client, NextBody, WarmUp, new Tally(), cancellationToken);
        var tally = new Tally();
        var stopwatch = Stopwatch.StartNew();
        await RunForAsync(client, NextBody, duration, tally, cancellationToken);
        return new LoadResult(tally.Created, tally.Failed, stopwatch.Elapsed, tally.Latencies, tally.Failures);
    }

    private async Task RunForAsync(HttpClient client, Func<string> nextBody, TimeSpan span, Tally tally, CancellationToken cancellationToken)
    {
        var until = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            while (until.Elapsed < span)
            {
                using var content = new StringContent(nextBody(), MediaTypeHeaderValue.Parse("application/json"));
                var started = Stopwatch.GetTimestamp();
                using var response = await client.PostAsync(new Uri("/api/v1/findings", UriKind.Relative), content, cancellationToken);
                await response.Content.LoadIntoBufferAsync(cancellationToken);
                tally.Record(response.StatusCode, Stopwatch.GetElapsedTime(started));
            }
        }));
    }

    private sealed class Tally
    {
        private readonly Dictionary<HttpStatusCode, int> failures = [];

        public int Created { get; private set; }

        public int Failed { get; private set; }

        public Latencies Latencies { get; } = new();

        public IReadOnlyDictionary<HttpStatusCode, int> Failures => failures;

        public void Record(HttpStatusCode status, TimeSpan elapsed)
        {
            lock (failures)
            {
                if (status == HttpStatusCode.Created)
                {
                    Created++;
                    Latencies.Add(elapsed);
                }
                else
                {
                    Failed++;
                    failures[status] = failures.GetValueOrDefault(status) + 1;
                }
            }
        }
    }
}
