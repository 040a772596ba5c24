using System.Net;
using Sac.Testing;
using Sac.Web.Tests.Support;

namespace Sac.Web.Tests.Api;

/// <summary>
/// PUT settings and infractions change what new cases are assessed with. Each test changes Gent,
/// so each has a database of its own.
/// </summary>
public sealed class MunicipalityChangeTests
{
    [Fact]
    public async Task Gent_no_longer_covering_minors_makes_a_fifteen_year_old_not_sanctionable()
    {
        using var factory = new SacAppFactory();
        using var admin = factory.CreateApiClient(DemoTokens.Admin);
        using var finder = factory.CreateApiClient(DemoTokens.Finder);

        using var response = await admin.PutJsonAsync(MunicipalityRequests.Settings("44021"), MunicipalityRequests.GentSettings(null));

        await response.AssertStatusAsync(HttpStatusCode.OK);
        Assert.Null((await response.ReadJsonAsync())["settings"]!["minorsMinimumAge"]);
        Assert.Null((await admin.GetOkJsonAsync("/api/v1/municipalities/44021"))["settings"]!["minorsMinimumAge"]);
        var created = await finder.RecordAsync(FindingRequests.Finding("44021", "LITTER", "2025-03-01T22:15:00+01:00", FindingRequests.PersonByName("Claes", "Mila", "2009-06-01")));
        Assert.False(created["assessment"]!["sanctionable"]!.GetValue<bool>());
        Assert.Contains("MINORS_NOT_COVERED", created.Reasons());
    }

    [Fact]
    public async Task New_litter_maximum_from_2025_applies_to_facts_from_2025_only()
    {
        using var factory = new SacAppFactory();
        using var admin = factory.CreateApiClient(DemoTokens.Admin);
        using var finder = factory.CreateApiClient(DemoTokens.Finder);

        using var response = await admin.PutJsonAsync(MunicipalityRequests.Infraction("44021", "LITTER"), MunicipalityRequests.Litter(50, 200, 100, "2025-01-01"));

        await response.AssertStatusAsync(HttpStatusCode.OK);
        var regulation = (await admin.GetOkJsonAsync("/api/v1/municipalities/44021"))["regulation"]!.AsArray();
        var litter = regulation.Single(i => i!["code"]!.GetValue<string>() == "LITTER")!;
        Assert.Equal(200m, litter["maximumAmount"]!.GetValue<decimal>());
        Assert.Equal("2025-01-01", litter["validFrom"]!.GetValue<string>());
        var recent = await finder.RecordAsync(FindingRequests.Finding("44021", "LITTER", "2025-03-01T22:15:00+01:00", FindingRequests.PersonByNumber(NationalNumbers.Unique(new DateOnly(1982, 3, 3)))));
        var older = await finder.RecordAsync(FindingRequests.Finding("44021", "LITTER", "2024-12-20T22:15:00+01:00", FindingRequests.PersonByNumber(NationalNumbers.Unique(new DateOnly(1982, 3, 3)))));
        Assert.Equal(200m, recent.MaximumFine());
        Assert.Equal(350m, older.MaximumFine());
    }

    [Fact]
    public async Task New_version_ends_the_one_in_force_the_day_before()
    {
        using var factory = new SacAppFactory();
        using var admin = factory.CreateApiClient(DemoTokens.Admin);

        using var response = await admin.PutJsonAsync(MunicipalityRequests.Infraction("44021", "LITTER"), MunicipalityRequests.Litter(50, 200, 100, "2025-01-01"));

        await response.AssertStatusAsync(HttpStatusCode.OK);
        var versions = (await response.ReadJsonAsync())["history"]!.AsArray()
            .Where(i => i!["code"]!.GetValue<string>() == "LITTER")
            .Select(i => (From: i!["validFrom"]!.GetValue<string>(), To: i["validTo"]?.GetValue<string>(), Maximum: i["maximumAmount"]!.GetValue<decimal>()))
            .ToList();
        Assert.Equal([("2014-01-01", "2024-12-31", 350m), ("2025-01-01", (string?)null, 200m)], versions);
    }
}
