using System.Globalization;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Sac.Testing;

/// <summary>
/// The real application (Development, demo data) on its own database (a SQLite file in a temporary folder, or a
/// PostgreSQL database, see <see cref="TestDatabaseServer"/>), with the clock fixed by <c>Clock:Now</c> so that legal
/// deadlines are reproducible.
/// </summary>
public class SacAppFactory : WebApplicationFactory<Program>
{
    /// <summary>The instant the application believes it is: 10 March 2025, 10:00 in Brussels.</summary>
    public static readonly DateTimeOffset DefaultNow = new(2025, 3, 10, 10, 0, 0, TimeSpan.FromHours(1));

    private readonly string dataDirectory;
    private readonly bool ownsDataDirectory;

    public SacAppFactory()
    {
        dataDirectory = Path.Combine(Path.GetTempPath(), "sac-tests", Guid.NewGuid().ToString("N"));
        ownsDataDirectory = true;
        Database = TestDatabase.For(dataDirectory);
    }

    /// <summary>The application on the data of <paramref name="dataDirectory"/>, which outlive it (see <see cref="SacAppOnFolder"/>).</summary>
    protected SacAppFactory(string dataDirectory)
    {
        this.dataDirectory = dataDirectory;
        Database = TestDatabase.For(dataDirectory);
    }

    public TestDatabase Database { get; }

    public DateTimeOffset Now { get; init; } = DefaultNow;

    /// <summary>Whether this instance runs background jobs (<c>Jobs:Server</c>); off unless a test needs it, so hosts start and stop fast.</summary>
    public bool RunsJobs { get; init; }

    /// <summary>Sign-ins allowed per minute from one address (<c>RateLimits:SignInPerMinute</c>).</summary>
    public int SignInsPerMinute { get; init; } = 10_000;

    public HttpClient CreateApiClient(string? token)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(dataDirectory);
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", Database.Provider);
        builder.UseSetting("ConnectionStrings:Sac", Database.ConnectionString);
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("Clock:Now", Now.ToString("O", CultureInfo.InvariantCulture));
        builder.UseSetting("Jobs:Server", RunsJobs ? "true" : "false");

        // Every test host signs in and calls the API from one address, far more often than a person: the limits are
        // tested on their own (RateLimitTests).
        builder.UseSetting("RateLimits:SignInPerMinute", SignInsPerMinute.ToString(CultureInfo.InvariantCulture));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);

        // WebApplicationFactory disposes twice (Dispose -> DisposeAsync -> Dispose): the folder goes once.
        if (disposing && ownsDataDirectory && Directory.Exists(dataDirectory))
        {
            Database.Drop();
            Directory.Delete(dataDirectory, recursive: true);
        }
    }
}
