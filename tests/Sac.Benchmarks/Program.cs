using Sac.Benchmarks;
using Sac.Benchmarks.Composition;
using Sac.Benchmarks.Processes;
using Sac.Domain.Calendar;

var options = BenchmarkOptions.Parse(args);
var now = options.Now ?? BelgianTime.FromLocalTime(DateTime.UtcNow.Date.AddHours(10));
var clock = new FixedClock(now);
if (options.BaselineServer)
{
    await BaselineServer.RunAsync(options, clock);
    return 0;
}

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};
return await new BenchmarkRun(options, clock).RunAsync(cancellation.Token);
