using System.Net;
using System.Text.Json.Nodes;
using Sac.Testing;
using Sac.Web.Tests.Support;

namespace Sac.Web.Tests.Api;

/// <summary>POST /api/v1/findings with the api-v1.md example: 201, Location and the case as GET returns it.</summary>
public sealed class RecordFindingTests(SacAppFactory factory) : IClassFixture<SacAppFactory>
{
    [Fact]
    public async Task Example_finding_is_created_with_location_and_case()
    {
        using var finder = factory.CreateApiClient(DemoTokens.Finder);

        using var response = await finder.PostJsonAsync(FindingRequests.Path, FindingRequests.Example(FindingRequests.NewExternalId("example")));

        await response.AssertStatusAsync(HttpStatusCode.Created);
        var created = await response.ReadJsonAsync();
        var id = created.Id();
        Assert.True(Guid.TryParse(id, out _), id);
        Assert.Equal($"/api/v1/cases/{id}", response.Headers.Location?.OriginalString);
        Assert.Matches(@"^44021-2025-\d{6}$", created["number"]!.GetValue<string>());
        Assert.Equal("44021", created["municipality"]!.GetValue<string>());
        Assert.Equal("Registered", created["status"]!.GetValue<string>());
        Assert.Equal("LITTER", created["infraction"]!["code"]!.GetValue<string>());
        Assert.Equal("PureAdministrative", created["infraction"]!["category"]!.GetValue<string>());
        Assert.Null(created["decision"]);
    }

    [Fact]
    public async Task Example_case_has_the_instants_offender_and_timeline()
    {
        using var finder = factory.CreateApiClient(DemoTokens.Finder);

        var created = await finder.RecordAsync(FindingRequests.Example(FindingRequests.NewExternalId("example")));

        Assert.Equal(DateTimeOffset.Parse("2025-03-01T22:15:00+01:00"), created["factsAt"]!.GetValue<DateTimeOffset>());
        Assert.Equal(DateTimeOffset.Parse("2025-03-01T22:20:00+01:00"), created["findingAt"]!.GetValue<DateTimeOffset>());
        var offender = created["offender"]!;
        Assert.Equal("Person", offender["type"]!.GetValue<string>());
        Assert.Equal(37, offender["ageAtFacts"]!.GetValue<int>()); // born 1988-02-29, facts 2025-03-01 (api-v1's 36 is illustrative)
        Assert.False(offender["isMinor"]!.GetValue<bool>());
        var first = created["timeline"]!.AsArray()[0]!;
        Assert.Equal("FindingRecorded", first["type"]!.GetValue<string>());
        Assert.Equal("finder@demo.sac", first["by"]!.GetValue<string>());
        Assert.Equal(factory.Now, first["at"]!.GetValue<DateTimeOffset>());
    }

    [Fact]
    public async Task Example_case_has_the_assessment_of_api_v1()
    {
        using var finder = factory.CreateApiClient(DemoTokens.Finder);

        var assessment = (await finder.RecordAsync(FindingRequests.Example(FindingRequests.NewExternalId("example"))))["assessment"]!;

        Assert.True(assessment["sanctionable"]!.GetValue<bool>());
        Assert.Empty(assessment["reasons"]!.AsArray());
        Assert.False(assessment["isRecidivism"]!.GetValue<bool>());
        Assert.Equal(350m, assessment["maximumFine"]!.GetValue<decimal>());
        Assert.Null(assessment["fixedFine"]);
        Assert.Equal(30, assessment["maximumCommunityServiceHours"]!.GetValue<int>());
        Assert.False(assessment["mediationMustBeOffered"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Example_case_has_the_deadlines_of_api_v1()
    {
        using var finder = factory.CreateApiClient(DemoTokens.Finder);

        var deadlines = (await finder.RecordAsync(FindingRequests.Example(FindingRequests.NewExternalId("example"))))["deadlines"]!.AsObject();

        Assert.Equal("2025-05-01", deadlines["transmission"]!.GetValue<string>());
        Assert.Equal("2025-09-01", deadlines["decision"]!.GetValue<string>());
        foreach (var notYet in new[] { "defence", "appeal", "payment" })
        {
            Assert.True(deadlines.ContainsKey(notYet), notYet);
            Assert.Null(deadlines[notYet]);
        }
    }

    [Fact]
    public async Task Created_case_reads_back_the_same_at_its_location()
    {
        using var finder = factory.CreateApiClient(DemoTokens.Finder);
        using var response = await finder.PostJsonAsync(FindingRequests.Path, FindingRequests.Example(FindingRequests.NewExternalId("example")));
        await response.AssertStatusAsync(HttpStatusCode.Created);
        var created = await response.ReadJsonAsync();

        var read = await finder.GetOkJsonAsync(response.Headers.Location!.OriginalString);

        Assert.True(JsonNode.DeepEquals(created, read), $"POST: {created.ToJsonString()}\nGET: {read.ToJsonString()}");
    }

    [Fact]
    public async Task FindingAt_defaults_to_factsAt()
    {
        using var finder = factory.CreateApiClient(DemoTokens.Finder);
        var finding = FindingRequests.Example(FindingRequests.NewExternalId("no-finding-at"));
        finding.Remove("findingAt");

        var created = await finder.RecordAsync(finding);

        Assert.Equal(DateTimeOffset.Parse("2025-03-01T22:15:00+01:00"), created["findingAt"]!.GetValue<DateTimeOffset>());
        Assert.Equal("2025-05-01", created["deadlines"]!["transmission"]!.GetValue<string>());
    }

    [Fact]
    public async Task Each_new_finding_gets_its_own_case_number()
    {
        using var finder = factory.CreateApiClient(DemoTokens.Finder);

        var first = await finder.RecordAsync(FindingRequests.Example(FindingRequests.NewExternalId("numbered")));
        var second = await finder.RecordAsync(FindingRequests.Example(FindingRequests.NewExternalId("numbered")));

        Assert.NotEqual(first.Id(), second.Id());
        Assert.NotEqual(first["number"]!.GetValue<string>(), second["number"]!.GetValue<string>());
    }
}
