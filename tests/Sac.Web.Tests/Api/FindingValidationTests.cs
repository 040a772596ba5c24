using System.Text.Json.Nodes;
using Sac.Testing;
using Sac.Web.Tests.Support;

namespace Sac.Web.Tests.Api;

/// <summary>
/// api-v1.md: invalid input is 400 application/problem+json with errors keyed by JSON path, and
/// nothing is stored. Each test breaks one thing in the api-v1.md example.
/// </summary>
public sealed class FindingValidationTests(SacAppFactory factory) : IClassFixture<SacAppFactory>
{
    [Fact]
    public Task Bad_national_register_number() => AssertRefusedAsync(
        f => f["offender"]!["nationalRegisterNumber"] = "88022999991", "offender.nationalRegisterNumber");

    [Fact]
    public Task Birth_date_disagreeing_with_the_number() => AssertRefusedAsync(
        f => f["offender"]!["birthDate"] = "1988-03-01", "offender.birthDate");

    [Fact]
    public Task Facts_in_the_future() => AssertRefusedAsync(
        f =>
        {
            f["factsAt"] = "2025-03-10T10:30:00+01:00"; // the factory's clock says 10:00
            f.Remove("findingAt");
        },
        "factsAt");

    [Fact]
    public Task Finding_before_the_facts() => AssertRefusedAsync(
        f => f["findingAt"] = "2025-03-01T22:10:00+01:00", "findingAt");

    [Fact]
    public Task Finding_in_the_future() => AssertRefusedAsync(
        f => f["findingAt"] = "2025-03-10T10:30:00+01:00", "findingAt");

    [Fact]
    public Task Facts_before_the_GAS_law() => AssertRefusedAsync(
        f =>
        {
            f["factsAt"] = "2013-12-31T22:00:00+01:00";
            f.Remove("findingAt");
        },
        "factsAt");

    [Fact]
    public Task Language_other_than_nl_fr_de() => AssertRefusedAsync(
        f => f["offender"]!["language"] = "en", "offender.language");

    [Fact]
    public Task Person_without_number_needs_names_and_birth_date() => AssertRefusedAsync(
        f => f["offender"] = new JsonObject { ["type"] = "Person" }, "offender.lastName", "offender.firstName", "offender.birthDate");

    [Fact]
    public Task Unknown_offender_type() => AssertRefusedAsync(
        f => f["offender"]!["type"] = "Animal", "offender.type");

    [Fact]
    public Task Latitude_out_of_range() => AssertRefusedAsync(
        f => f["place"]!["latitude"] = 91, "place.latitude");

    [Fact]
    public Task Unknown_municipality() => AssertRefusedAsync(
        f => f["municipality"] = "99999", "municipality");

    [Fact]
    public Task Unknown_infraction_code() => AssertRefusedAsync(
        f => f["infractionCode"] = "JAYWALKING", "infractionCode");

    [Fact]
    public Task Company_without_enterprise_number() => AssertRefusedAsync(
        f => f["offender"] = new JsonObject { ["type"] = "Company", ["companyName"] = "Demo BV" }, "offender.enterpriseNumber");

    [Fact]
    public Task Vehicle_without_country() => AssertRefusedAsync(
        f => f["offender"] = FindingRequests.Vehicle("1-ABC-123", country: null), "offender.country");

    [Fact]
    public Task Empty_externalId() => AssertRefusedAsync(
        f => f["externalId"] = string.Empty, "externalId");

    [Fact]
    public Task ExternalId_longer_than_100_characters() => AssertRefusedAsync(
        f => f["externalId"] = new string('x', 101), "externalId");

    [Fact]
    public Task Description_longer_than_4000_characters() => AssertRefusedAsync(
        f => f["description"] = new string('x', 4001), "description");

    [Fact]
    public Task Wrong_type_is_a_field_error() => AssertRefusedAsync(
        f => f["factsAt"] = 12, "factsAt");

    [Fact]
    public async Task Malformed_json_is_a_problem()
    {
        using var finder = factory.CreateApiClient(DemoTokens.Finder);
        var before = await finder.CaseTotalAsync();

        using var response = await finder.PostRawJsonAsync(FindingRequests.Path, "{\"externalId\": \"broken\", \"municipality\": ");

        var problem = await ProblemAssert.ValidationAsync(response, string.Empty);
        Assert.Contains("MALFORMED_JSON", ProblemAssert.CodesAt(problem, string.Empty));
        Assert.Equal(before, await finder.CaseTotalAsync());
    }

    [Fact]
    public async Task A_json_array_is_not_a_finding()
    {
        using var finder = factory.CreateApiClient(DemoTokens.Finder);

        using var response = await finder.PostRawJsonAsync(FindingRequests.Path, "[]");

        var problem = await ProblemAssert.ValidationAsync(response, string.Empty);
        Assert.Contains("JSON_OBJECT_REQUIRED", ProblemAssert.CodesAt(problem, string.Empty));
    }

    [Fact]
    public async Task Several_faults_are_reported_together()
    {
        using var finder = factory.CreateApiClient(DemoTokens.Finder);
        var finding = FindingRequests.Example(FindingRequests.NewExternalId("faults"));
        finding["offender"]!["nationalRegisterNumber"] = "88022999991";
        finding["place"]!["latitude"] = 91;

        using var response = await finder.PostJsonAsync(FindingRequests.Path, finding);

        var problem = await ProblemAssert.ValidationAsync(response, "offender.nationalRegisterNumber", "place.latitude");
        Assert.Contains("NRN_INVALID", ProblemAssert.CodesAt(problem, "offender.nationalRegisterNumber"));
    }

    private async Task AssertRefusedAsync(Action<JsonObject> breakIt, params string[] paths)
    {
        using var finder = factory.CreateApiClient(DemoTokens.Finder);
        using var admin = factory.CreateApiClient(DemoTokens.Admin);
        var before = await admin.CaseTotalAsync();
        var finding = FindingRequests.Example(FindingRequests.NewExternalId("invalid"));
        breakIt(finding);

        using var response = await finder.PostJsonAsync(FindingRequests.Path, finding);

        await ProblemAssert.ValidationAsync(response, paths);
        Assert.Equal(before, await admin.CaseTotalAsync());
    }
}
