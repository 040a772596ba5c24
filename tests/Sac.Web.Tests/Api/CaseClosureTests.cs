using System.Net;
using System.Text.Json.Nodes;
using Sac.Testing;
using Sac.Web.Tests.Support;

namespace Sac.Web.Tests.Api;

/// <summary>POST /api/v1/cases/{id}/closures: the official closes a case without sanction.</summary>
public sealed class CaseClosureTests(SacAppFactory factory) : IClassFixture<SacAppFactory>
{
    [Fact]
    public async Task Official_closes_without_sanction()
    {
        var id = await NewCaseAsync();
        using var official = factory.CreateApiClient(DemoTokens.Official);

        using var response = await official.PostJsonAsync(Closures(id), new JsonObject { ["reason"] = "NoSanction", ["note"] = "Eerste keer, excuses aangeboden." });

        await response.AssertStatusAsync(HttpStatusCode.OK);
        var closed = await response.ReadJsonAsync();
        Assert.Equal(id, closed.Id());
        Assert.Equal("Closed", closed["status"]!.GetValue<string>());
        Assert.Equal("NoSanction", closed["closeReason"]?.GetValue<string>());
        var last = closed["timeline"]!.AsArray()[^1]!;
        Assert.Equal("official@demo.sac", last["by"]!.GetValue<string>());
        Assert.Equal("Closed", (await official.GetOkJsonAsync($"/api/v1/cases/{id}"))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Closing_a_closed_case_is_422_invalid_state()
    {
        var id = await NewCaseAsync();
        using var official = factory.CreateApiClient(DemoTokens.Official);
        using (var first = await official.PostJsonAsync(Closures(id), new JsonObject { ["reason"] = "NoSanction" }))
        {
            await first.AssertStatusAsync(HttpStatusCode.OK);
        }

        using var again = await official.PostJsonAsync(Closures(id), new JsonObject { ["reason"] = "NoSanction" });

        await ProblemAssert.WithCodeAsync(again, HttpStatusCode.UnprocessableEntity, "INVALID_STATE");
    }

    [Fact]
    public async Task Stale_version_is_409_and_changes_nothing()
    {
        var id = await NewCaseAsync();
        using var official = factory.CreateApiClient(DemoTokens.Official);

        using var response = await official.PostJsonAsync(Closures(id), new JsonObject { ["reason"] = "NoSanction", ["version"] = 99 });

        await ProblemAssert.WithCodeAsync(response, HttpStatusCode.Conflict, "STALE_VERSION");
        Assert.Equal("Registered", (await official.GetOkJsonAsync($"/api/v1/cases/{id}"))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Current_version_closes()
    {
        var id = await NewCaseAsync();
        using var official = factory.CreateApiClient(DemoTokens.Official);
        var version = (await official.GetOkJsonAsync($"/api/v1/cases/{id}"))["version"]!.GetValue<int>();

        using var response = await official.PostJsonAsync(Closures(id), new JsonObject { ["reason"] = "NotSanctionable", ["version"] = version });

        await response.AssertStatusAsync(HttpStatusCode.OK);
        Assert.Equal(version + 1, (await response.ReadJsonAsync())["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task Finder_may_not_close()
    {
        var id = await NewCaseAsync();
        using var finder = factory.CreateApiClient(DemoTokens.Finder);

        using var response = await finder.PostJsonAsync(Closures(id), new JsonObject { ["reason"] = "NoSanction" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Outsider_may_not_close_a_Gent_case()
    {
        var id = await NewCaseAsync();
        using var outsider = factory.CreateApiClient(DemoTokens.Outsider);
        using var official = factory.CreateApiClient(DemoTokens.Official);

        using var response = await outsider.PostJsonAsync(Closures(id), new JsonObject { ["reason"] = "NoSanction" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Registered", (await official.GetOkJsonAsync($"/api/v1/cases/{id}"))["status"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("Annulled")] // only the appeal's outcome annuls a decision
    [InlineData("Sleeping")]
    public async Task Reason_an_official_cannot_close_for_is_400_on_reason(string reason)
    {
        var id = await NewCaseAsync();
        using var official = factory.CreateApiClient(DemoTokens.Official);

        using var response = await official.PostJsonAsync(Closures(id), new JsonObject { ["reason"] = reason });

        await ProblemAssert.ValidationAsync(response, "reason");
    }

    [Fact]
    public async Task Closing_as_paid_before_anything_was_paid_is_422_invalid_state()
    {
        var id = await NewCaseAsync();
        using var official = factory.CreateApiClient(DemoTokens.Official);

        using var response = await official.PostJsonAsync(Closures(id), new JsonObject { ["reason"] = "Paid" });

        await ProblemAssert.WithCodeAsync(response, HttpStatusCode.UnprocessableEntity, "INVALID_STATE");
    }

    [Fact]
    public async Task Missing_reason_is_400_on_reason()
    {
        var id = await NewCaseAsync();
        using var official = factory.CreateApiClient(DemoTokens.Official);

        using var response = await official.PostJsonAsync(Closures(id), new JsonObject { ["note"] = "no reason" });

        await ProblemAssert.ValidationAsync(response, "reason");
    }

    [Fact]
    public async Task Unknown_case_is_404()
    {
        using var official = factory.CreateApiClient(DemoTokens.Official);

        using var response = await official.PostJsonAsync(Closures(Guid.NewGuid().ToString()), new JsonObject { ["reason"] = "NoSanction" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static string Closures(string id) => $"/api/v1/cases/{id}/closures";

    private async Task<string> NewCaseAsync()
    {
        using var finder = factory.CreateApiClient(DemoTokens.Finder);
        return (await finder.RecordAsync(FindingRequests.Example(FindingRequests.NewExternalId("close")))).Id();
    }
}
