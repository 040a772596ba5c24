using System.Text.Json.Nodes;
using Sac.Testing;
using Sac.Web.Tests.Support;

namespace Sac.Web.Tests.Scenarios;

/// <summary>api-v1.md: an offender who cannot be sanctioned is not an input error; the case is created and says why.</summary>
public sealed class NotSanctionableTests(SacAppFactory factory) : IClassFixture<SacAppFactory>
{
    private const string FactsAt = "2025-03-01T22:15:00+01:00";

    // 15 on the facts date of 2025-03-01.
    private const string FifteenYearsOld = "2009-06-01";

    [Fact]
    public async Task Minor_in_Liege_where_minors_are_not_covered()
    {
        // The finder does not work for Liège; the admin (also a finder) does.
        using var admin = factory.CreateApiClient(DemoTokens.Admin);

        var created = await admin.RecordAsync(FindingRequests.Finding("62063", "LITTER", FactsAt, FindingRequests.PersonByName("Dubois", "Léa", FifteenYearsOld)));

        AssertNotSanctionable(created, "MINORS_NOT_COVERED");
        Assert.Equal(15, created["offender"]!["ageAtFacts"]!.GetValue<int>());
        Assert.True(created["offender"]!["isMinor"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Fifteen_year_old_in_Brussels_where_minors_are_covered_from_16()
    {
        using var finder = factory.CreateApiClient(DemoTokens.Finder);

        var created = await finder.RecordAsync(FindingRequests.Finding("21004", "LITTER", FactsAt, FindingRequests.PersonByName("Lambert", "Noah", FifteenYearsOld)));

        AssertNotSanctionable(created, "UNDER_MINIMUM_AGE");
    }

    [Fact]
    public async Task Parking_by_a_minor()
    {
        using var finder = factory.CreateApiClient(DemoTokens.Finder);

        var created = await finder.RecordAsync(FindingRequests.Finding("44021", "PARK-PROHIBITED", FactsAt, FindingRequests.PersonByName("Maes", "Lotte", FifteenYearsOld)));

        AssertNotSanctionable(created, "PARKING_ADULTS_ONLY");
    }

    [Fact]
    public async Task Vehicle_whose_holder_is_not_known_yet()
    {
        using var finder = factory.CreateApiClient(DemoTokens.Finder);

        var created = await finder.RecordAsync(FindingRequests.Finding("44021", "LITTER", FactsAt, FindingRequests.Vehicle("1-ABC-123", "BE")));

        AssertNotSanctionable(created, "OFFENDER_UNIDENTIFIED");
        Assert.Equal("Vehicle", created["offender"]!["type"]!.GetValue<string>());
        Assert.Equal("BE", created["offender"]!["country"]!.GetValue<string>());
    }

    [Fact]
    public async Task Mixed_infraction_awaits_the_prosecutor()
    {
        using var finder = factory.CreateApiClient(DemoTokens.Finder);

        var created = await finder.RecordAsync(FindingRequests.Finding("44021", "GRAFFITI", FactsAt, FindingRequests.PersonByNumber(NationalNumbers.Unique(new DateOnly(1990, 5, 12)))));

        Assert.Equal("MixedLight", created["infraction"]!["category"]!.GetValue<string>());
        AssertNotSanctionable(created, "AWAITING_PROSECUTOR");
    }

    private static void AssertNotSanctionable(JsonNode created, string reason)
    {
        Assert.Equal("Registered", created["status"]!.GetValue<string>());
        Assert.False(created["assessment"]!["sanctionable"]!.GetValue<bool>());
        Assert.Contains(reason, created.Reasons());
        Assert.Null(created.MaximumFine());
    }
}
