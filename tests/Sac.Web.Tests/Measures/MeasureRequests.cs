using System.Net;
using System.Text.Json.Nodes;
using Sac.Web.Tests.Support;
using UglyToad.PdfPig;

namespace Sac.Web.Tests.Measures;

/// <summary>Bodies and calls of the college sanctions' and place bans' API, as a client sends them.</summary>
internal static class MeasureRequests
{
    public static JsonObject CollegeSanction(string nis = "44021", params string[] codes) => new()
    {
        ["municipality"] = nis,
        ["holder"] = new JsonObject
        {
            ["kind"] = "Company", ["name"] = "Café De Hoek BV", ["number"] = "0203.201.340",
            ["street"] = "Korenmarkt", ["houseNumber"] = "1", ["postalCode"] = "9000", ["city"] = "Gent", ["language"] = "nl",
        },
        ["subject"] = "Terrasvergunning Korenmarkt 1",
        ["infractionCodes"] = new JsonArray([.. (codes.Length == 0 ? ["NIGHT-NOISE"] : codes).Select(c => JsonValue.Create(c))]),
    };

    public static JsonObject PlaceBan(string nis = "44021", string heardOn = "2025-03-01", string language = "nl") => new()
    {
        ["municipality"] = nis,
        ["person"] = new JsonObject
        {
            ["name"] = "Jan Peeters", ["number"] = "88022999990", ["street"] = "Kerkstraat", ["houseNumber"] = "1",
            ["postalCode"] = "9000", ["city"] = "Gent", ["language"] = language,
        },
        ["place"] = "Korenmarkt en Graslei",
        ["ground"] = "RepeatedInfractions",
        ["grounds"] = "Drie keer wildplassen in februari.",
        ["heardOn"] = heardOn,
    };

    public static JsonObject Dates(params (string Name, string? Value)[] fields)
    {
        var body = new JsonObject();
        foreach (var (name, value) in fields)
        {
            body[name] = value;
        }

        return body;
    }

    public static async Task<string> CreateAsync(this HttpClient client, string path, JsonObject body)
    {
        using var response = await client.PostJsonAsync(path, body);
        await response.AssertStatusAsync(HttpStatusCode.Created);
        var id = (await response.ReadJsonAsync())["id"]!.GetValue<string>();
        Assert.Equal($"{path}/{id}", response.Headers.Location?.OriginalString);
        return id;
    }

    public static async Task<JsonNode> StepAsync(this HttpClient client, string path, JsonObject body)
    {
        using var response = await client.PostJsonAsync(path, body);
        await response.AssertStatusAsync(HttpStatusCode.OK);
        return await response.ReadJsonAsync();
    }

    /// <summary>The words of a stored letter, read back from its PDF.</summary>
    public static async Task<string> LetterTextAsync(this HttpClient client, JsonNode measure, string kind)
    {
        var letter = measure["documents"]!.AsArray().Single(d => d!["kind"]!.GetValue<string>() == kind)!;
        using var response = await client.GetAsync($"/api/v1/measure-documents/{letter["id"]!.GetValue<string>()}");
        await response.AssertStatusAsync(HttpStatusCode.OK);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        return string.Join(' ', pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
    }
}
