using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Sac.Benchmarks.Measures;

/// <summary>
/// What an official's screens cost without a burst and during one; <paramref name="Burst"/> is the camera findings'
/// throughput. Each screen's latencies, in the order of <see cref="CameraBurst.Screens"/>.
/// </summary>
internal sealed record CameraBurstResult(int Sent, LoadResult Burst, IReadOnlyList<(string Screen, Latencies Quiet, Latencies DuringBurst)> Screens);

/// <summary>
/// A day's burst of camera findings (C3 by a registered, certified camera, a Belgian plate and a photo each) sent through the
/// real API by concurrent clients, while the official's inbox, dashboard and validation queue are requested one after the
/// other, as one official clicking; the same screens are first measured without the burst.
/// </summary>
internal sealed class CameraBurst(int findings, int clients, DateTimeOffset now)
{
    public static readonly string[] Screens = ["/Cases", "/Dashboard", "/Validations"];

    private const string Infraction = "C3-CAMERA";
    private const int QuietSamples = 60;

    /// <summary>A small JPEG-looking photo: the intake checks the file's signature and keeps its SHA-256.</summary>
    private static readonly string Photo = Convert.ToBase64String([0xFF, 0xD8, 0xFF, 0xE0, .. new byte[2048]]);

    public async Task<CameraBurstResult> RunAsync(Uri address, HttpClient official, string adminToken, string finderToken, CancellationToken cancellationToken)
    {
        var camera = await PrepareCameraAsync(address, adminToken, cancellationToken);
        var quiet = await MeasureScreensAsync(official, () => false, QuietSamples, cancellationToken);

        var sent = 0;
        var done = false;
        var screens = Task.Run(() => MeasureScreensAsync(official, () => Volatile.Read(ref done), int.MaxValue, cancellationToken), cancellationToken);
        var burst = await SendBurstAsync(address, finderToken, camera, () => Interlocked.Increment(ref sent), cancellationToken);
        Volatile.Write(ref done, true);
        var during = await screens;
        return new CameraBurstResult(Math.Min(sent, findings), burst, [.. Screens.Select((s, i) => (s, quiet[i], during[i]))]);
    }

    /// <summary>The C3 infraction in Gent's regulation and a certified camera, through the administrator's API.</summary>
    private async Task<string> PrepareCameraAsync(Uri address, string adminToken, CancellationToken cancellationToken)
    {
        using var admin = new HttpClient { BaseAddress = address };
        admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", adminToken);
        using var infraction = await admin.PutAsJsonAsync($"/api/v1/municipalities/44021/infractions/{Infraction}", new
        {
            category = "CameraC3F103", article = "art. 62", textNl = "Verbodsbord C3 negeren", textFr = "Ne pas respecter le signal C3",
            minorsAllowed = false, validFrom = "2014-01-01",
        }, cancellationToken);
        infraction.EnsureSuccessStatusCode();

        var identifier = "CAM-BENCH-" + DateTime.UtcNow.ToString("HHmmss", CultureInfo.InvariantCulture);
        using var registered = await admin.PostAsJsonAsync("/api/v1/devices", new
        {
            municipality = "44021", identifier, type = "FixedCamera", location = "Veldstraat", categories = new[] { "CameraC3F103" }, feedIntervalMinutes = 60,
        }, cancellationToken);
        registered.EnsureSuccessStatusCode();
        var id = (await registered.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("id").GetString();
        using var certified = await admin.PostAsJsonAsync($"/api/v1/devices/{id}/certifications", new
        {
            reference = "BENCH", validFrom = "2014-01-01", validUntil = now.AddYears(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        }, cancellationToken);
        certified.EnsureSuccessStatusCode();
        return identifier;
    }

    /// <summary>Yesterday's findings, spread over the day, each with its own plate, externalId and photo.</summary>
    private async Task<LoadResult> SendBurstAsync(Uri address, string finderToken, string camera, Func<int> next, CancellationToken cancellationToken)
    {
        var day = new DateTimeOffset(now.Date.AddDays(-1), now.Offset);
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var client = new HttpClient(handler) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(120) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", finderToken);
        var created = 0;
        var failures = new Dictionary<HttpStatusCode, int>();
        var latencies = new Latencies();
        var stopwatch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            for (var n = next(); n <= findings; n = next())
            {
                var body = new
                {
                    externalId = $"{camera}-{n:D6}",
                    municipality = "44021",
                    infractionCode = Infraction,
                    factsAt = day.AddSeconds(n * 86_400L / findings),
                    place = new { street = "Veldstraat", postalCode = "9000" },
                    offender = new { type = "Vehicle", plate = $"1-{(char)('A' + (n / 1000 % 26))}{(char)('A' + (n / 100 % 10))}C-{n % 1000:D3}", country = "BE" },
                    device = new { id = camera },
                    photos = new[] { new { fileName = "c3.jpg", contentType = "image/jpeg", content = Photo } },
                };
                var started = Stopwatch.GetTimestamp();
                using var response = await client.PostAsJsonAsync("/api/v1/findings", body, cancellationToken);
                await response.Content.LoadIntoBufferAsync(cancellationToken);
                lock (failures)
                {
                    if (response.StatusCode == HttpStatusCode.Created)
                    {
                        created++;
                        latencies.Add(Stopwatch.GetElapsedTime(started));
                    }
                    else
                    {
                        failures[response.StatusCode] = failures.GetValueOrDefault(response.StatusCode) + 1;
                    }
                }
            }
        }));
        return new LoadResult(created, failures.Values.Sum(), stopwatch.Elapsed, latencies, failures);
    }

    /// <summary>The screens one after the other, until <paramref name="stop"/> says so or each has <paramref name="samples"/>.</summary>
    private static async Task<Latencies[]> MeasureScreensAsync(HttpClient official, Func<bool> stop, int samples, CancellationToken cancellationToken)
    {
        var latencies = Screens.Select(_ => new Latencies()).ToArray();
        while (!stop() && latencies[0].Count < samples)
        {
            for (var i = 0; i < Screens.Length; i++)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await official.GetAsync(new Uri(Screens[i], UriKind.Relative), cancellationToken);
                await response.Content.LoadIntoBufferAsync(cancellationToken);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    throw new InvalidOperationException($"{Screens[i]} answered {(int)response.StatusCode}.");
                }

                latencies[i].Add(Stopwatch.GetElapsedTime(started));
            }
        }

        return latencies;
    }
}
