using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Sac.Application.Findings.RecordFinding;
using Sac.Benchmarks.Composition;

namespace Sac.Benchmarks.Processes;

/// <summary>
/// The bare intake endpoint in its own process (this program started with <c>--baseline-server</c>): Kestrel, the same
/// JSON body and bearer token as <c>POST /api/v1/findings</c>, then <see cref="BareIntake"/>.
/// </summary>
internal static class BaselineServer
{
    public const string FinderToken = "demo-finder-token";

    public static async Task RunAsync(BenchmarkOptions options, FixedClock clock)
    {
        await using var services = SacComposition.Build(DatabaseTarget.From(options), clock);
        var intake = await BareIntake.CreateAsync(services, clock, "44021", CancellationToken.None);
        var builder = WebApplication.CreateSlimBuilder();

        // A floor logs nothing per request.
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = builder.Build();
        app.MapGet("/health", () => Results.Ok());
        app.MapPost("/api/v1/findings", async (HttpRequest request, CancellationToken cancellationToken) =>
        {
            if (request.Headers.Authorization != $"Bearer {FinderToken}")
            {
                return Results.Unauthorized();
            }

            var command = await request.ReadFromJsonAsync<RecordFindingCommand>(cancellationToken);
            var id = await intake.InsertAsync(command!, cancellationToken);
            return Results.Created($"/api/v1/cases/{id}", new { id });
        });
        await app.RunAsync();
    }
}
