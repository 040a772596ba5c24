using System.Net;
using System.Text.Json.Nodes;
using Sac.Testing;

namespace Sac.Web.Tests.Support;

/// <summary>The procedure's POST /api/v1/cases/{id}/… steps, for tests that need a case at a given stage.</summary>
public static class ProcedureSteps
{
    public static string Step(string caseId, string step) => $"/api/v1/cases/{caseId}/{step}";

    /// <summary>A finder (by default the demo finder, who works in Gent and Brussels) records the finding; returns the case it opened.</summary>
    public static async Task<JsonNode> RecordCaseAsync(this SacAppFactory factory, JsonObject finding, string finderToken = DemoTokens.Finder)
    {
        using var finder = factory.CreateApiClient(finderToken);
        return await finder.RecordAsync(finding);
    }

    /// <summary>POSTs the step, asserts 200, returns the case as it now stands.</summary>
    public static async Task<JsonNode> StepAsync(this HttpClient client, string caseId, string step, JsonObject body)
    {
        using var response = await client.PostJsonAsync(Step(caseId, step), body);
        await response.AssertStatusAsync(HttpStatusCode.OK);
        return await response.ReadJsonAsync();
    }

    public static Task<JsonNode> SendNoticeAsync(this HttpClient client, string caseId, string sentAt) =>
        client.StepAsync(caseId, "notices", new JsonObject { ["sentAt"] = sentAt, ["channel"] = "RegisteredMail" });

    public static Task<JsonNode> DecideFineAsync(this HttpClient client, string caseId, string decidedAt, decimal amount) =>
        client.StepAsync(caseId, "decisions", new JsonObject { ["decidedAt"] = decidedAt, ["kind"] = "Fine", ["amount"] = amount });

    public static Task<JsonNode> NotifyDecisionAsync(this HttpClient client, string caseId, string sentAt) =>
        client.StepAsync(caseId, "decision-notifications", new JsonObject { ["sentAt"] = sentAt, ["channel"] = "RegisteredMail" });

    public static string Status(this JsonNode caseBody) => caseBody["status"]!.GetValue<string>();

    public static int Version(this JsonNode caseBody) => caseBody["version"]!.GetValue<int>();

    public static string? Deadline(this JsonNode caseBody, string name) => caseBody["deadlines"]![name]?.GetValue<string>();

    public static IReadOnlyList<string> TimelineTypes(this JsonNode caseBody) =>
        [.. caseBody["timeline"]!.AsArray().Select(e => e!["type"]!.GetValue<string>())];
}
