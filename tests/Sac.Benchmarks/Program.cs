using System.Runtime.InteropServices;
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

// Ctrl+C or a kill stops the run cleanly: the hosts it started are stopped with it.
using var cancellation = new CancellationTokenSource();
void Stop(PosixSignalContext signal)
{
    signal.Cancel = true;
    cancellation.Cancel();
}

using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
return await new BenchmarkRun(options, clock).RunAsync(cancellation.Token);
