using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Sac.Application.Findings.RecordFinding;
using Sac.Domain.Cases;

namespace Sac.Benchmarks.Measures;

/// <summary>
/// The check that generated rows are what the application stores: a few cases of every status read through the API
/// (EF Core loads the aggregate, the domain assesses it), and one generated finding sent again, which must be recognised
/// as a retry of the same finding (200, same case: same intake and fingerprint).
/// </summary>
internal static class ReadBack
{
    public static async Task<string> CheckAsync(
        Uri address, IEnumerable<(CaseStatus Status, Guid Id)> samples, (RecordFindingCommand Command, Guid CaseId) replay, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { BaseAddress = address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "demo-official-token");
        var read = 0;
        foreach (var (status, id) in samples)
        {
            var body = await client.GetFromJsonAsync<JsonObject>(new Uri($"/api/v1/cases/{id}", UriKind.Relative), cancellationToken);
            var readStatus = body?["status"]?.GetValue<string>();
            if (readStatus != status.ToString())
            {
                throw new InvalidOperationException($"Generated case {id} ({status}) reads back as '{readStatus}'.");
            }

            read++;
        }

        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "demo-finder-token");
        using var response = await client.PostAsJsonAsync(new Uri("/api/v1/findings", UriKind.Relative), replay.Command, JsonSerializerOptions.Web, cancellationToken);
        var answer = await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK || answer?["id"]?.GetValue<string>() != replay.CaseId.ToString())
        {
            throw new InvalidOperationException($"Sending generated finding {replay.Command.ExternalId} again answered {(int)response.StatusCode}: {answer}.");
        }

        return $"{read} generated cases of every status read back through GET /api/v1/cases/{{id}}; a generated finding sent again answered 200 with its case";
    }
}
