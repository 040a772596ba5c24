using System.Text.Json.Nodes;

namespace Sac.Web.Tests.Support;

/// <summary>Bodies for POST /api/v1/findings, starting from the api-v1.md example.</summary>
public static class FindingRequests
{
    public const string Path = "/api/v1/findings";

    public static string NewExternalId(string prefix) => $"{prefix}-{Guid.NewGuid():N}";

    /// <summary>The api-v1.md example, verbatim but for the externalId.</summary>
    public static JsonObject Example(string externalId) => new()
    {
        ["externalId"] = externalId,
        ["municipality"] = "44021",
        ["infractionCode"] = "LITTER",
        ["factsAt"] = "2025-03-01T22:15:00+01:00",
        ["findingAt"] = "2025-03-01T22:20:00+01:00",
        ["place"] = new JsonObject
        {
            ["street"] = "Korenmarkt",
            ["houseNumber"] = "1",
            ["postalCode"] = "9000",
            ["latitude"] = 51.0548,
            ["longitude"] = 3.7216,
        },
        ["description"] = "free text, at most 4000 chars",
        ["offender"] = new JsonObject
        {
            ["type"] = "Person",
            ["nationalRegisterNumber"] = NationalNumbers.Example,
            ["lastName"] = "Peeters",
            ["firstName"] = "Jan",
            ["birthDate"] = "1988-02-29",
            ["language"] = "nl",
            ["address"] = new JsonObject
            {
                ["street"] = "...",
                ["houseNumber"] = "...",
                ["postalCode"] = "...",
                ["city"] = "...",
                ["country"] = "BE",
            },
        },
    };

    /// <summary>One item of "photos": the file in base64.</summary>
    public static JsonObject Photo(string fileName, string contentType, byte[] content) => new()
    {
        ["fileName"] = fileName,
        ["contentType"] = contentType,
        ["content"] = Convert.ToBase64String(content),
    };

    /// <summary>A finding with its own externalId; findingAt is left out (it defaults to factsAt).</summary>
    public static JsonObject Finding(string municipality, string infractionCode, string factsAt, JsonObject offender) => new()
    {
        ["externalId"] = NewExternalId(infractionCode),
        ["municipality"] = municipality,
        ["infractionCode"] = infractionCode,
        ["factsAt"] = factsAt,
        ["place"] = new JsonObject { ["street"] = "Korenmarkt", ["houseNumber"] = "1", ["postalCode"] = "9000" },
        ["offender"] = offender,
    };

    /// <summary>A person known by name and birth date, without a national register number.</summary>
    public static JsonObject PersonByName(string lastName, string firstName, string birthDate) => new()
    {
        ["type"] = "Person",
        ["lastName"] = lastName,
        ["firstName"] = firstName,
        ["birthDate"] = birthDate,
        ["language"] = "nl",
    };

    public static JsonObject PersonByNumber(string nationalRegisterNumber) => new()
    {
        ["type"] = "Person",
        ["nationalRegisterNumber"] = nationalRegisterNumber,
        ["lastName"] = "Janssens",
        ["firstName"] = "Els",
        ["language"] = "nl",
    };

    public static JsonObject Vehicle(string? plate, string? country)
    {
        var vehicle = new JsonObject { ["type"] = "Vehicle", ["plate"] = plate };
        if (country is not null)
        {
            vehicle["country"] = country;
        }

        return vehicle;
    }

    public static JsonObject Company(string? enterpriseNumber) => new()
    {
        ["type"] = "Company",
        ["enterpriseNumber"] = enterpriseNumber,
        ["companyName"] = "Demo BV",
        ["language"] = "nl",
    };
}
