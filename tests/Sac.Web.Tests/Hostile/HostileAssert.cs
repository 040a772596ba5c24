using Sac.Testing;
using Sac.Web.Tests.Audit;

namespace Sac.Web.Tests.Hostile;

/// <summary>What every hostile input must get: a client error as problem details, and no trace in the database.</summary>
internal static class HostileAssert
{
    private const string ProblemJson = "application/problem+json";

    /// <summary>A 4xx answer (never 5xx, never success) of type application/problem+json.</summary>
    public static async Task RefusedAsync(HttpResponseMessage response)
    {
        var fault = await FaultAsync(response);
        Assert.True(fault is null, fault);
    }

    /// <summary>
    /// Sends every input and asserts each was refused as <see cref="RefusedAsync"/> says; the failures are reported
    /// together, by name, so one run shows every input that got through.
    /// </summary>
    public static async Task AllRefusedAsync(HttpClient client, IEnumerable<(string Name, HttpRequestMessage Request)> inputs)
    {
        var faults = new List<string>();
        foreach (var (name, request) in inputs)
        {
            using (request)
            using (var response = await client.SendAsync(request))
            {
                if (await FaultAsync(response) is { } fault)
                {
                    faults.Add($"{name}: {fault}");
                }
            }
        }

        Assert.True(faults.Count == 0, string.Join(Environment.NewLine, faults));
    }

    private static async Task<string?> FaultAsync(HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (status is >= 400 and < 500 && mediaType == ProblemJson)
        {
            return null;
        }

        var body = await response.Content.ReadAsStringAsync();
        return $"expected 4xx {ProblemJson}, got {status} {mediaType}: {body[..Math.Min(body.Length, 300)]}";
    }

    /// <summary>Cases, their events and their documents (photos), counted in the database itself so that nothing the API hides escapes the count.</summary>
    public static long StoredCases(this SacAppFactory factory)
    {
        using var connection = factory.OpenDatabase();
        return connection.Scalar(
            $"SELECT (SELECT COUNT(*) FROM {TestDatabase.Quote("Cases")}) + (SELECT COUNT(*) FROM {TestDatabase.Quote("CaseEvents")})" +
            $" + (SELECT COUNT(*) FROM {TestDatabase.Quote("CaseDocuments")})");
    }
}
