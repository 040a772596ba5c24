using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Sac.Testing;

namespace Sac.EndToEnd.Tests;

/// <summary>The application on a real Kestrel port, so a real browser can reach it.</summary>
public sealed class KestrelSacAppFactory : SacAppFactory
{
    private readonly string? sharedDatabase;

    public KestrelSacAppFactory()
        : this(DefaultNow, null)
    {
    }

    private KestrelSacAppFactory(DateTimeOffset now, string? sharedDatabase)
    {
        Now = now;
        this.sharedDatabase = sharedDatabase;
        UseKestrel(0);
        StartServer();
    }

    public string BaseUrl => ClientOptions.BaseAddress.ToString().TrimEnd('/');

    /// <summary>
    /// The same application on the same database, on a later day (<c>Clock:Now</c>), on its own port: the second
    /// part of a journey, once the time the procedure waits for has passed. Dispose it before this one.
    /// </summary>
    public KestrelSacAppFactory Later(DateTimeOffset now) => new(now, sharedDatabase ?? DatabasePath);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        if (sharedDatabase is not null)
        {
            builder.UseSetting("ConnectionStrings:Sac", string.Create(CultureInfo.InvariantCulture, $"Data Source={sharedDatabase}"));
        }
    }
}
