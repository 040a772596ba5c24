using Microsoft.AspNetCore.Hosting;
using Sac.Testing;

namespace Sac.EndToEnd.Tests;

/// <summary>The application on a real Kestrel port, so a real browser can reach it.</summary>
public sealed class KestrelSacAppFactory : SacAppFactory
{
    private readonly string? sharedConnectionString;

    public KestrelSacAppFactory()
        : this(DefaultNow, null)
    {
    }

    private KestrelSacAppFactory(DateTimeOffset now, string? sharedConnectionString)
    {
        Now = now;
        this.sharedConnectionString = sharedConnectionString;
        UseKestrel(0);
        StartServer();
    }

    public string BaseUrl => ClientOptions.BaseAddress.ToString().TrimEnd('/');

    /// <summary>
    /// The same application on the same database, on a later day (<c>Clock:Now</c>), on its own port: the second
    /// part of a journey, once the time the procedure waits for has passed. Dispose it before this one.
    /// </summary>
    public KestrelSacAppFactory Later(DateTimeOffset now) => new(now, sharedConnectionString ?? Database.ConnectionString);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        if (sharedConnectionString is not null)
        {
            builder.UseSetting("ConnectionStrings:Sac", sharedConnectionString);
        }
    }
}
