using System.Net;
using System.Text.Json.Nodes;
using Sac.Domain.Audit;
using Sac.Testing;
using Sac.Web.Tests.Support;

namespace Sac.Web.Tests.Registries;

/// <summary>POST /api/v1/cases/{id}/identifications: the official identifies the offender through the registries, before the decision.</summary>
public sealed class IdentificationEndpointTests(SacAppFactory app) : IClassFixture<SacAppFactory>
{
    [Fact]
    public async Task The_holder_of_the_plate_on_the_date_of_the_facts_becomes_the_offender()
    {
        using var finder = app.CreateApiClient(DemoTokens.Finder);
        using var official = app.CreateApiClient(DemoTokens.Official);
        var caseId = await finder.RecordVehicleFindingAsync();
        JsonNode identified = null!;

        var lines = await RegistryLog.WrittenByAsync(app, async () =>
            identified = await Identify(official, caseId, new JsonObject { ["fromVehicleHolder"] = true, ["version"] = 1 }));

        var offender = identified["offender"]!;
        Assert.Equal(("Person", "Dupont", "95031720144"), (offender["type"]!.GetValue<string>(), offender["lastName"]!.GetValue<string>(), offender["nationalRegisterNumber"]!.GetValue<string>()));
        Assert.Equal(("1GNT482", "BE"), (offender["plate"]!.GetValue<string>(), offender["country"]!.GetValue<string>()));
        Assert.Equal("Bruxelles", offender["address"]!["city"]!.GetValue<string>());
        Assert.DoesNotContain("OFFENDER_UNIDENTIFIED", identified.Reasons());
        Assert.Equal(2, identified.Version());
        Assert.Equal("OffenderIdentified", identified["timeline"]!.AsArray()[^1]!["type"]!.GetValue<string>());
        var line = Assert.Single(lines);
        Assert.Equal((caseId, RegistryPurpose.IdentifyOffender, new DateOnly(2025, 3, 1)), (line.Reference, line.Purpose, line.AtDate));
    }

    [Fact]
    public async Task An_official_re_identifies_by_national_register_number_and_the_register_brings_the_address()
    {
        using var finder = app.CreateApiClient(DemoTokens.Finder);
        using var official = app.CreateApiClient(DemoTokens.Official);
        var created = await finder.RecordAsync(FindingRequests.Finding("21004", "LITTER", "2025-03-01T22:15:00+01:00", FindingRequests.PersonByName("Dubois", "M.", "1990-05-14")));

        var identified = await Identify(official, created.Id(), new JsonObject { ["nationalRegisterNumber"] = "90.05.14-112.35" });

        var offender = identified["offender"]!;
        Assert.Equal(("90051411235", "Marie", "fr"), (offender["nationalRegisterNumber"]!.GetValue<string>(), offender["firstName"]!.GetValue<string>(), offender["language"]!.GetValue<string>()));
        Assert.Equal("Rue Haute", offender["address"]!["street"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_deceased_person_is_refused_with_422_and_the_case_is_unchanged()
    {
        using var finder = app.CreateApiClient(DemoTokens.Finder);
        using var official = app.CreateApiClient(DemoTokens.Official);
        var caseId = await finder.RecordVehicleFindingAsync();

        using var response = await official.PostJsonAsync($"/api/v1/cases/{caseId}/identifications", new JsonObject { ["nationalRegisterNumber"] = "41070803553" });

        await ProblemAssert.WithCodeAsync(response, (HttpStatusCode)422, "OFFENDER_DECEASED");
        Assert.Equal(1, (await official.GetOkJsonAsync($"/api/v1/cases/{caseId}")).Version());
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"nationalRegisterNumber\":\"88022999990\",\"fromVehicleHolder\":true}")]
    public async Task Exactly_one_way_to_identify_is_given(string body)
    {
        using var finder = app.CreateApiClient(DemoTokens.Finder);
        using var official = app.CreateApiClient(DemoTokens.Official);
        var caseId = await finder.RecordVehicleFindingAsync();

        using var response = await official.PostRawJsonAsync($"/api/v1/cases/{caseId}/identifications", body);

        var problem = await ProblemAssert.ValidationAsync(response, "nationalRegisterNumber");
        Assert.Equal(["IDENTIFICATION_SOURCE"], ProblemAssert.CodesAt(problem, "nationalRegisterNumber"));
    }

    [Fact]
    public async Task A_stale_version_is_409_and_nothing_is_looked_up()
    {
        using var finder = app.CreateApiClient(DemoTokens.Finder);
        using var official = app.CreateApiClient(DemoTokens.Official);
        var caseId = await finder.RecordVehicleFindingAsync();

        var lines = await RegistryLog.WrittenByAsync(app, async () =>
        {
            using var response = await official.PostJsonAsync($"/api/v1/cases/{caseId}/identifications", new JsonObject { ["fromVehicleHolder"] = true, ["version"] = 5 });
            await ProblemAssert.WithCodeAsync(response, HttpStatusCode.Conflict, "STALE_VERSION");
        });

        Assert.Empty(lines);
    }

    [Fact]
    public async Task Finders_and_other_municipalities_may_not_identify()
    {
        using var finder = app.CreateApiClient(DemoTokens.Finder);
        using var outsider = app.CreateApiClient(DemoTokens.Outsider);
        var caseId = await finder.RecordVehicleFindingAsync();
        var body = new JsonObject { ["fromVehicleHolder"] = true };

        using var byFinder = await finder.PostJsonAsync($"/api/v1/cases/{caseId}/identifications", body);
        using var byOutsider = await outsider.PostJsonAsync($"/api/v1/cases/{caseId}/identifications", body.DeepClone());

        Assert.Equal(HttpStatusCode.Forbidden, byFinder.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byOutsider.StatusCode);
    }

    [Fact]
    public async Task A_plate_without_a_holder_on_the_date_of_the_facts_is_422()
    {
        using var finder = app.CreateApiClient(DemoTokens.Finder);
        using var official = app.CreateApiClient(DemoTokens.Official);
        var caseId = await finder.RecordVehicleFindingAsync(plate: "1-XLB-311");

        using var response = await official.PostJsonAsync($"/api/v1/cases/{caseId}/identifications", new JsonObject { ["fromVehicleHolder"] = true });

        await ProblemAssert.WithCodeAsync(response, (HttpStatusCode)422, "HOLDER_NOT_FOUND");
    }

    private static async Task<JsonNode> Identify(HttpClient official, string caseId, JsonObject body)
    {
        using var response = await official.PostJsonAsync($"/api/v1/cases/{caseId}/identifications", body);
        await response.AssertStatusAsync(HttpStatusCode.OK);
        return await response.ReadJsonAsync();
    }
}
