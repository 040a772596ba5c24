using Hangfire.AspNetCore;
using Hangfire.Logging;
using Microsoft.Extensions.Logging;

namespace Sac.Infrastructure.Jobs;

/// <summary>
/// Hangfire's log provider is one per process (a static), and the host that configured Hangfire last sets it. Where
/// one process runs several hosts (the integration tests), that host may be disposed while another still creates
/// loggers, and a disposed <see cref="ILoggerFactory"/> throws: such a logger then stays silent instead.
/// </summary>
internal sealed class HostLogProvider(ILoggerFactory loggerFactory) : ILogProvider
{
    private readonly AspNetCoreLogProvider inner = new(loggerFactory);

    public ILog GetLogger(string name)
    {
        try
        {
            return inner.GetLogger(name);
        }
        catch (ObjectDisposedException)
        {
            return Silent.Instance;
        }
    }

    private sealed class Silent : ILog
    {
        public static readonly Silent Instance = new();

        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
    }
}
