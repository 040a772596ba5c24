using System.Net;
using Sac.Testing;
using Sac.Web.Tests.Support;

namespace Sac.Web.Tests.Api;

/// <summary>api-v1.md: externalId is an idempotency key: same content 200 and nothing new stored, different content 409.</summary>
public sealed class FindingIdempotencyTests(SacAppFactory factory) : IClassFixture<SacAppFactory>
{
    [Fact]
    public async Task Same_externalId_and_content_answers_200_with_the_same_case()
    {
        using var finder = factory.CreateApiClient(DemoTokens.Finder);
        var finding = FindingRequests.Example(FindingRequests.NewExternalId("retry"));
        var created = await finder.RecordAsync(finding);
        var total = await finder.CaseTotalAsync();

        using var retry = await finder.PostJsonAsync(FindingRequests.Path, finding);

        await retry.AssertStatusAsync(HttpStatusCode.OK);
        var again = await retry.ReadJsonAsync();
        Assert.Equal(created.Id(), again.Id());
        Assert.Equal(created["number"]!.GetValue<string>(), again["number"]!.GetValue<string>());
        Assert.Equal(total, await finder.CaseTotalAsync());
    }

    [Fact]
    public async Task Same_instants_written_with_another_offset_are_the_same_content()
    {
        using var finder = factory.CreateApiClient(DemoTokens.Finder);
        var finding = FindingRequests.Example(FindingRequests.NewExternalId("offset"));
        var created = await finder.RecordAsync(finding);
        var total = await finder.CaseTotalAsync();
        var utc = finding.DeepClone().AsObject();
        utc["factsAt"] = "2025-03-01T21:15:00Z";
        utc["findingAt"] = "2025-03-01T21:20:00Z";

        using var retry = await finder.PostJsonAsync(FindingRequests.Path, utc);

        await retry.AssertStatusAsync(HttpStatusCode.OK);
        Assert.Equal(created.Id(), (await retry.ReadJsonAsync()).Id());
        Assert.Equal(total, await finder.CaseTotalAsync());
    }

    [Fact]
    public async Task Same_externalId_with_other_content_is_409_and_stores_nothing()
    {
        using var finder = factory.CreateApiClient(DemoTokens.Finder);
        var finding = FindingRequests.Example(FindingRequests.NewExternalId("reused"));
        var created = await finder.RecordAsync(finding);
        var total = await finder.CaseTotalAsync();
        var different = finding.DeepClone().AsObject();
        different["infractionCode"] = "URINATE";

        using var response = await finder.PostJsonAsync(FindingRequests.Path, different);

        await ProblemAssert.WithCodeAsync(response, HttpStatusCode.Conflict, "EXTERNAL_ID_CONFLICT");
        Assert.Equal(total, await finder.CaseTotalAsync());
        var unchanged = await finder.GetOkJsonAsync($"/api/v1/cases/{created.Id()}");
        Assert.Equal("LITTER", unchanged["infraction"]!["code"]!.GetValue<string>());
    }
}
