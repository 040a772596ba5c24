using System.Diagnostics;
using System.Net;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sac.Infrastructure.Persistence;

namespace Sac.Benchmarks.Measures;

/// <summary>A page or API read measured end to end over HTTP, beside the same SQL run through plain ADO.NET.</summary>
internal sealed record PageResult(string Name, Latencies Page, Latencies Raw, IReadOnlyList<CapturedCommand> Commands);

/// <summary>
/// Sequential requests after a warm-up, as one official clicking; the raw side runs the commands the same messages make
/// EF Core send (captured in this process through the application's own services), the same number of times. A slow page
/// stops early, after a time budget, so that the run stays bounded.
/// </summary>
internal sealed class PageMeasure(int requests)
{
    private const int WarmUp = 10;
    private const int MinimumSamples = 20;
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(60);

    /// <param name="messages">What the page sends to the mediator (as the official), in order.</param>
    public async Task<PageResult> RunAsync(
        string name, HttpClient client, string url, ServiceProvider asOfficial, IReadOnlyList<object> messages, CancellationToken cancellationToken)
    {
        var raw = await CaptureAsync(asOfficial, messages, cancellationToken);
        var page = new Latencies();
        var rawLatencies = new Latencies();
        var spent = Stopwatch.StartNew();
        for (var i = -WarmUp; i < requests && (i < MinimumSamples || spent.Elapsed < Budget); i++)
        {
            var started = Stopwatch.GetTimestamp();
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative), cancellationToken);
            await response.Content.LoadIntoBufferAsync(cancellationToken);
            var elapsed = Stopwatch.GetElapsedTime(started);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"{url} answered {(int)response.StatusCode}.");
            }

            var rawElapsed = await raw.RunAsync(cancellationToken);
            if (i >= 0)
            {
                page.Add(elapsed);
                rawLatencies.Add(rawElapsed);
            }
            else
            {
                spent.Restart();
            }
        }

        return new PageResult(name, page, rawLatencies, raw.Commands);
    }

    private static async Task<RawCommands> CaptureAsync(ServiceProvider asOfficial, IReadOnlyList<object> messages, CancellationToken cancellationToken)
    {
        await using var scope = asOfficial.CreateAsyncScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        using var capture = new CommandCapture();
        foreach (var message in messages)
        {
            await mediator.Send(message, cancellationToken);
        }

        var connection = scope.ServiceProvider.GetRequiredService<SacDbContext>().Database.GetDbConnection();
        var factory = System.Data.Common.DbProviderFactories.GetFactory(connection)!;
        return new RawCommands(factory, connection.ConnectionString, capture.Commands);
    }
}
