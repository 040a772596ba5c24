using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Sac.Infrastructure.Tests.Registries;

/// <summary>
/// A registry gateway on 127.0.0.1 and a free port, under the base path <c>/gateway/v1</c>. Each test scripts
/// <see cref="Answer"/>; the gateway counts the requests that reach it and records their path, query and client certificate.
/// </summary>
internal sealed class FakeGateway : IAsyncDisposable
{
    public const string BasePath = "/gateway/v1";

    private readonly WebApplication app;
    private int hits;

    private FakeGateway(WebApplication app) => this.app = app;

    /// <summary>What the gateway does with a request; the second argument is the request's number, from 1.</summary>
    public Func<HttpContext, int, Task> Answer { get; set; } = (context, _) => Reply.Status(500)(context, 0);

    public int Hits => Volatile.Read(ref hits);

    /// <summary>Path and query of each request, relative to <see cref="BasePath"/>.</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    public ConcurrentQueue<string?> AcceptHeaders { get; } = new();

    public ConcurrentQueue<string?> ClientCertificateThumbprints { get; } = new();

    public Uri BaseUrl { get; private set; } = null!;

    public static async Task<FakeGateway> StartAsync(X509Certificate2? serverCertificate = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen =>
        {
            if (serverCertificate is not null)
            {
                listen.UseHttps(serverCertificate, https =>
                {
                    https.ClientCertificateMode = ClientCertificateMode.RequireCertificate;
                    // The test asserts on the thumbprint the gateway saw; trust is the gateway's business, not Sac's.
                    https.AllowAnyClientCertificate();
                });
            }
        }));

        var app = builder.Build();
        var gateway = new FakeGateway(app);
        app.Run(gateway.HandleAsync);
        await app.StartAsync();

        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        gateway.BaseUrl = new Uri(address + BasePath);
        return gateway;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var number = Interlocked.Increment(ref hits);
        var path = context.Request.Path.Value ?? string.Empty;
        Requests.Enqueue((path.StartsWith(BasePath, StringComparison.Ordinal) ? path[BasePath.Length..] : "!" + path) + context.Request.QueryString);
        AcceptHeaders.Enqueue(context.Request.Headers.Accept.ToString());
        ClientCertificateThumbprints.Enqueue(context.Connection.ClientCertificate?.Thumbprint);
        await Answer(context, number);
    }
}

/// <summary>Scripted answers for <see cref="FakeGateway.Answer"/>.</summary>
internal static class Reply
{
    public static Func<HttpContext, int, Task> Json(string body, int status = 200, string contentType = "application/json") =>
        async (context, _) =>
        {
            context.Response.StatusCode = status;
            context.Response.ContentType = contentType;
            await context.Response.WriteAsync(body);
        };

    public static Func<HttpContext, int, Task> Status(int status) =>
        (context, _) =>
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        };

    /// <summary>The gateway's own "nobody by that number": 404 with a problem body.</summary>
    public static Func<HttpContext, int, Task> NotFound() =>
        Json("""{ "type": "about:blank", "title": "Not Found", "status": 404 }""", 404, "application/problem+json");

    /// <summary>Waits (until the client gives up) before answering.</summary>
    public static Func<HttpContext, int, Task> Slow(TimeSpan delay, Func<HttpContext, int, Task> then) =>
        async (context, number) =>
        {
            try
            {
                await Task.Delay(delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            await then(context, number);
        };

    /// <summary>The first request gets the first answer, and so on; the last answer repeats.</summary>
    public static Func<HttpContext, int, Task> Sequence(params Func<HttpContext, int, Task>[] answers) =>
        (context, number) => answers[Math.Min(number, answers.Length) - 1](context, number);
}
