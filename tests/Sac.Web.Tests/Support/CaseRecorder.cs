using System.Net;
using System.Text.Json.Nodes;

namespace Sac.Web.Tests.Support;

/// <summary>Records findings that must succeed, and reads the case they opened.</summary>
public static class CaseRecorder
{
    /// <summary>POSTs the finding, asserts 201, returns the case.</summary>
    public static async Task<JsonNode> RecordAsync(this HttpClient client, JsonObject finding)
    {
        using var response = await client.PostJsonAsync(FindingRequests.Path, finding);
        await response.AssertStatusAsync(HttpStatusCode.Created);
        return await response.ReadJsonAsync();
    }

    public static string Id(this JsonNode caseBody) => caseBody["id"]!.GetValue<string>();

    public static IReadOnlyList<string> Reasons(this JsonNode caseBody) =>
        [.. caseBody["assessment"]!["reasons"]!.AsArray().Select(r => r!.GetValue<string>())];

    public static decimal? MaximumFine(this JsonNode caseBody) => caseBody["assessment"]!["maximumFine"]?.GetValue<decimal>();
}
