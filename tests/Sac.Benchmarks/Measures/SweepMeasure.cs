using System.Diagnostics;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sac.Application.Common.Ports;
using Sac.Application.Deadlines;
using Sac.Domain.Calendar;
using Sac.Infrastructure.Persistence;

namespace Sac.Benchmarks.Measures;

/// <summary>The daily sweep: how many cases were due, its query alone (EF Core and raw), and the whole command with its scheduling.</summary>
internal sealed record SweepResult(int Due, Latencies Query, Latencies Raw, Latencies Sweep, IReadOnlyList<CapturedCommand> Commands);

/// <summary>
/// Runs <see cref="SweepDueDeadlinesCommand"/> through the application's mediator and Hangfire storage, as the 00:15 job
/// does (no job server here, so the checks it schedules are only stored), and <c>FindDueCaseIdsAsync</c> on its own.
/// </summary>
internal static class SweepMeasure
{
    private const int QueryRuns = 10;
    private const int SweepRuns = 3;

    public static async Task<SweepResult> RunAsync(ServiceProvider services, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var today = BelgianTime.DateOf(now);
        var query = new Latencies();
        var raw = new Latencies();
        RawCommands? rawCommands = null;
        for (var i = -1; i < QueryRuns; i++)
        {
            await using var scope = services.CreateAsyncScope();
            using var capture = new CommandCapture();
            var started = Stopwatch.GetTimestamp();
            await scope.ServiceProvider.GetRequiredService<ICaseReadService>().FindDueCaseIdsAsync(today, cancellationToken);
            var elapsed = Stopwatch.GetElapsedTime(started);
            if (rawCommands is null)
            {
                var connection = scope.ServiceProvider.GetRequiredService<SacDbContext>().Database.GetDbConnection();
                rawCommands = new RawCommands(System.Data.Common.DbProviderFactories.GetFactory(connection)!, connection.ConnectionString, capture.Commands);
            }

            var rawElapsed = await rawCommands.RunAsync(cancellationToken);
            if (i >= 0)
            {
                query.Add(elapsed);
                raw.Add(rawElapsed);
            }
        }

        var sweep = new Latencies();
        var due = 0;
        for (var i = -1; i < SweepRuns; i++)
        {
            await using var scope = services.CreateAsyncScope();
            var started = Stopwatch.GetTimestamp();
            var result = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new SweepDueDeadlinesCommand(), cancellationToken);
            var elapsed = Stopwatch.GetElapsedTime(started);
            due = result.Value;
            if (i >= 0)
            {
                sweep.Add(elapsed);
            }
        }

        return new SweepResult(due, query, raw, sweep, rawCommands!.Commands);
    }
}
