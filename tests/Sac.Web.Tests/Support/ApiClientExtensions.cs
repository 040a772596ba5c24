using System.Net.Http.Json;
using System.Net;
using System.Text.Json.Nodes;
using System.Text;

namespace Sac.Web.Tests.Support;

/// <summary>Small HTTP helpers for the JSON API: send a body, read a body, count the caller's cases.</summary>
public static class ApiClientExtensions
{
    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string path, JsonNode body) =>
        client.PostAsJsonAsync(path, body);

    public static Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string path, JsonNode body) =>
        client.PutAsJsonAsync(path, body);

    /// <summary>Sends text as it is (malformed JSON included) with the JSON content type.</summary>
    public static Task<HttpResponseMessage> PostRawJsonAsync(this HttpClient client, string path, string json) =>
        client.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));

    public static async Task<JsonNode> ReadJsonAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonNode>()
        ?? throw new InvalidOperationException("The response body is JSON null.");

    /// <summary>GET that must answer 200; returns the body.</summary>
    public static async Task<JsonNode> GetOkJsonAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        await response.AssertStatusAsync(HttpStatusCode.OK);
        return await response.ReadJsonAsync();
    }

    /// <summary>The number of cases the caller can see.</summary>
    public static async Task<int> CaseTotalAsync(this HttpClient client) =>
        (await client.GetOkJsonAsync("/api/v1/cases?pageSize=1"))["total"]!.GetValue<int>();

    /// <summary>Asserts the status code and shows the body when it differs.</summary>
    public static async Task AssertStatusAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        if (response.StatusCode != expected)
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.Fail($"Expected {(int)expected} {expected}, got {(int)response.StatusCode} {response.StatusCode}: {body}");
        }
    }
}
