using System.Text.Json.Nodes;

namespace Sac.Web.Tests.Devices;

/// <summary>Bodies for the devices API and camera findings; the C3 infraction is defined by the test (the demo regulation has none).</summary>
internal static class DeviceRequests
{
    public const string C3Code = "C3-CAMERA";
    public const string DemoCamera = "CAM-GENT-001";

    public static JsonObject Device(string municipality, string identifier, int feedIntervalMinutes = 60, params string[] categories) => new()
    {
        ["municipality"] = municipality,
        ["identifier"] = identifier,
        ["type"] = "FixedCamera",
        ["location"] = "Veldstraat",
        ["categories"] = new JsonArray([.. (categories.Length == 0 ? ["CameraC3F103"] : categories).Select(c => (JsonNode)c)]),
        ["feedIntervalMinutes"] = feedIntervalMinutes,
    };

    public static JsonObject Certification(string reference, string validFrom, string validUntil) => new()
    {
        ["reference"] = reference,
        ["validFrom"] = validFrom,
        ["validUntil"] = validUntil,
    };

    public static JsonObject C3Infraction() => new()
    {
        ["category"] = "CameraC3F103",
        ["article"] = "art. 62",
        ["textNl"] = "Verbodsbord C3 of voetgangerszone F103 negeren",
        ["textFr"] = "Ne pas respecter le signal C3 ou la zone piétonne F103",
        ["minorsAllowed"] = false,
        ["validFrom"] = "2014-01-01",
    };

    public static JsonObject CameraFinding(string code, string factsAt, string? device, string plate = "1-GNT-482")
    {
        var finding = Support.FindingRequests.Finding("44021", code, factsAt, Support.FindingRequests.Vehicle(plate, "BE"));
        if (device is not null)
        {
            finding["device"] = new JsonObject { ["id"] = device };
        }

        return finding;
    }
}
