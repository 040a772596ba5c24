using System.Text.Json.Nodes;

namespace Sac.Web.Tests.Support;

/// <summary>Bodies for the municipality configuration endpoints (api-v1.md).</summary>
public static class MunicipalityRequests
{
    public static string Settings(string nis) => $"/api/v1/municipalities/{nis}/settings";

    public static string Infraction(string nis, string code) => $"/api/v1/municipalities/{nis}/infractions/{code}";

    /// <summary>Gent's demo settings with <paramref name="minorsMinimumAge"/> changed.</summary>
    public static JsonObject GentSettings(int? minorsMinimumAge) => new()
    {
        ["minorsMinimumAge"] = minorsMinimumAge,
        ["caps2024AdoptedOn"] = "2024-03-01",
        ["adultMediationOffered"] = true,
        ["paymentTermDays"] = 30,
    };

    /// <summary>The demo LITTER infraction with other amounts, from <paramref name="validFrom"/>.</summary>
    public static JsonObject Litter(decimal minimumAmount, decimal maximumAmount, decimal defaultAmount, string validFrom) => new()
    {
        ["category"] = "PureAdministrative",
        ["article"] = "art. 12",
        ["textNl"] = "Afval achterlaten op de openbare weg",
        ["textFr"] = "Abandonner des déchets sur la voie publique",
        ["minimumAmount"] = minimumAmount,
        ["maximumAmount"] = maximumAmount,
        ["defaultAmount"] = defaultAmount,
        ["minorsAllowed"] = true,
        ["validFrom"] = validFrom,
    };
}
