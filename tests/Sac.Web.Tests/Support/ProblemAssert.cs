using System.Net;
using System.Text.Json.Nodes;

namespace Sac.Web.Tests.Support;

/// <summary>Assertions on RFC 9457 problem details as api-v1.md describes them.</summary>
public static class ProblemAssert
{
    private const string ProblemJson = "application/problem+json";

    /// <summary>
    /// A 400 problem whose <c>errors</c> are keyed by exactly <paramref name="paths"/>, with an
    /// <c>errorCodes</c> extension on the same keys.
    /// </summary>
    public static async Task<JsonNode> ValidationAsync(HttpResponseMessage response, params string[] paths)
    {
        var problem = await BadRequestAsync(response);
        var expected = paths.Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(expected, Keys(problem["errors"]));
        Assert.Equal(expected, Keys(problem["errorCodes"]));
        return problem;
    }

    /// <summary>A 400 problem with at least one field error, whatever its key.</summary>
    public static async Task<JsonNode> BadRequestAsync(HttpResponseMessage response)
    {
        await response.AssertStatusAsync(HttpStatusCode.BadRequest);
        Assert.Equal(ProblemJson, response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadJsonAsync();
        Assert.Equal(400, problem["status"]!.GetValue<int>());
        Assert.NotEmpty(Keys(problem["errors"]));
        return problem;
    }

    /// <summary>A problem with the given status and <c>code</c> extension.</summary>
    public static async Task<JsonNode> WithCodeAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        await response.AssertStatusAsync(status);
        Assert.Equal(ProblemJson, response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadJsonAsync();
        Assert.Equal(code, problem["code"]?.GetValue<string>());
        return problem;
    }

    /// <summary>The codes a validation problem gives for one path.</summary>
    public static IReadOnlyList<string> CodesAt(JsonNode problem, string path) =>
        [.. problem["errorCodes"]![path]!.AsArray().Select(c => c!.GetValue<string>())];

    private static string[] Keys(JsonNode? node) =>
        node is JsonObject o ? [.. o.Select(p => p.Key).Order(StringComparer.Ordinal)] : [];
}
