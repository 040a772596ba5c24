using System.Net;
using System.Text.Json.Nodes;

namespace Sac.Web.Tests.Support;

/// <summary>Bodies for POST /api/v1/register-entries (api-v1.md).</summary>
public static class RegisterRequests
{
    public const string Path = "/api/v1/register-entries";

    public static JsonObject Fine(string municipality, string infractionCode, string nationalRegisterNumber, string decidedAt = "2024-06-01") => new()
    {
        ["municipality"] = municipality,
        ["infractionCode"] = infractionCode,
        ["offender"] = FindingRequests.PersonByNumber(nationalRegisterNumber),
        ["decidedAt"] = decidedAt,
        ["kind"] = "Fine",
        ["amount"] = 150.00m,
        ["final"] = true,
    };

    /// <summary>Imports the entry and asserts 201.</summary>
    public static async Task ImportAsync(this HttpClient client, JsonObject entry)
    {
        using var response = await client.PostJsonAsync(Path, entry);
        await response.AssertStatusAsync(HttpStatusCode.Created);
    }
}
