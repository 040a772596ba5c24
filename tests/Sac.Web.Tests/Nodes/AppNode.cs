using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Reflection;
using Sac.Testing;

namespace Sac.Web.Tests.Nodes;

/// <summary>
/// The web application as an OS process of its own (<c>dotnet Sac.Web.dll</c>, the build of src/Sac.Web in the tests'
/// configuration) on a port of its own, running jobs, as one node of a deployment would; its output goes to
/// <see cref="LogPath"/>. Killed, if still running, on dispose.
/// </summary>
internal sealed class AppNode : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly Process process;
    private readonly TextWriter log;
    private volatile bool killed;

    private AppNode(string name, Uri address, Process process, TextWriter log, string logPath)
    {
        Name = name;
        Address = address;
        this.process = process;
        this.log = log;
        LogPath = logPath;
        ProcessId = process.Id;
        FinderApi = ApiClient(DemoTokens.Finder);
        OfficialApi = ApiClient(DemoTokens.Official);
    }

    public string Name { get; }

    public Uri Address { get; }

    public string LogPath { get; }

    public int ProcessId { get; }

    /// <summary>False from the moment the test decides to kill it: a request to it that fails after that failed because of the kill.</summary>
    public bool IsAlive => !killed;

    public HttpClient FinderApi { get; }

    public HttpClient OfficialApi { get; }

    /// <summary>
    /// Starts a node on <paramref name="database"/> (the demo data seeded if missing) with the clock at <paramref name="now"/>,
    /// and waits until <c>/health</c> answers 200.
    /// </summary>
    public static async Task<AppNode> StartAsync(string name, TestDatabase database, DateTimeOffset now)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var settings = new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = address.ToString(),
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Database__Provider"] = database.Provider,
            ["ConnectionStrings__Sac"] = database.ConnectionString,
            ["Demo__Seed"] = "true",
            ["Clock__Now"] = now.ToString("O", CultureInfo.InvariantCulture),
            ["Jobs__Server"] = "true",

            // What a killed node had claimed goes to another within seconds, not the minutes a deployment waits; still long
            // enough that a live node starved of CPU by the rest of the suite renews its claims in time.
            ["Jobs__ClaimTimeout"] = "00:00:10",

            // Every SQL command at Information would bury what the log is for; times line it up with the other nodes' logs.
            ["Logging__LogLevel__Microsoft.EntityFrameworkCore"] = "Warning",
            ["Logging__Console__TimestampFormat"] = "HH:mm:ss.fff ",
        };
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { WebAssembly() },

            // The content root (wwwroot) is the working folder, as with `dotnet run`.
            WorkingDirectory = Path.Combine(SourceTree.Root, "src", "Sac.Web"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        var logPath = Path.Combine(AppContext.BaseDirectory, "nodes", $"{name}.log");
        Directory.CreateDirectory(Path.GetDirectoryName(logPath)!);
        var log = TextWriter.Synchronized(new StreamWriter(logPath, append: false) { AutoFlush = true });
        log.WriteLine($"{DateTime.Now:HH:mm:ss.fff} starting {name} on {address}");
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, line) => log.WriteLine(line.Data);
        process.ErrorDataReceived += (_, line) => log.WriteLine(line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var node = new AppNode(name, address, process, log, logPath);
        try
        {
            await node.WaitUntilHealthyAsync();
            return node;
        }
        catch
        {
            await node.DisposeAsync();
            throw;
        }
    }

    /// <summary>A hard kill (SIGKILL): no shutdown, no flushing, whatever it was doing stops where it was.</summary>
    public void Kill()
    {
        killed = true;
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    /// <summary>
    /// Asks the node to stop as a service manager does (SIGTERM): it takes no new connection, finishes the requests it has,
    /// stops its job server, and exits.
    /// </summary>
    public void Terminate()
    {
        using var signal = Process.Start("kill", ["-TERM", ProcessId.ToString(CultureInfo.InvariantCulture)]);
        signal.WaitForExit();
    }

    /// <summary>The node's exit code, once it has exited within <paramref name="timeout"/>.</summary>
    public async Task<int> ExitCodeAsync(TimeSpan timeout)
    {
        using var waiting = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(waiting.Token);
        return process.ExitCode;
    }

    /// <summary>
    /// Waits until a new connection is refused: the node has closed its listener and only finishes what it has. A probe
    /// caught in the listener's backlog as it closes is reset instead, which says the same.
    /// </summary>
    public async Task WaitUntilRefusingConnectionsAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            using var probe = new TcpClient();
            try
            {
                await probe.ConnectAsync(Address.Host, Address.Port);
            }
            catch (SocketException refused) when (refused.SocketErrorCode is SocketError.ConnectionRefused or SocketError.ConnectionReset)
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Node {Name} still took connections {timeout.TotalSeconds} s after it was asked to stop; see {LogPath}.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50));
        }
    }

    /// <summary>Whether Hangfire's server id (<c>machine:pid:guid</c>) is this node's.</summary>
    public bool IsHangfireServer(string serverId) => serverId.Contains($":{ProcessId}:", StringComparison.Ordinal);

    /// <summary>A browser on this node with <paramref name="cookies"/>, which may be shared with a browser on another node.</summary>
    public HttpClient BrowserClient(CookieContainer cookies)
    {
        var client = new HttpClient(new SocketsHttpHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = Address };
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("nl-BE");
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            Kill();
        }

        FinderApi.Dispose();
        OfficialApi.Dispose();
        process.Dispose();
        await log.DisposeAsync();
    }

    private HttpClient ApiClient(string token)
    {
        var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var probe = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + StartTimeout;
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"Node {Name} exited with code {process.ExitCode} while starting; see {LogPath}.");
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Node {Name} did not answer /health within {StartTimeout.TotalSeconds} s; see {LogPath}.");
            }

            try
            {
                using var health = await probe.GetAsync(new Uri("/health", UriKind.Relative));
                if (health.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Listening, but still migrating or seeding.
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }
    }

    /// <summary>src/Sac.Web's own build output in the configuration and framework these tests were built for.</summary>
    private static string WebAssembly()
    {
        var configuration = typeof(AppNode).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var framework = Path.GetFileName(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory));
        var path = Path.Combine(SourceTree.Root, "src", "Sac.Web", "bin", configuration, framework, "Sac.Web.dll");
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"No build of the web application at {path}: build the solution in {configuration} first.", path);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Name} (pid {ProcessId}, {Address})");
}
