using System.Net;
using Sac.Testing;
using Sac.Web.Tests.Support;

namespace Sac.Web.Tests.Api;

/// <summary>Parallel intakes: every finding gets its own number, and a retry racing its original gets the same case.</summary>
public sealed class ConcurrentIntakeTests(SacAppFactory factory) : IClassFixture<SacAppFactory>
{
    [Fact]
    public async Task Findings_recorded_at_the_same_time_in_one_municipality_are_all_created()
    {
        var statuses = await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
        {
            using var finder = factory.CreateApiClient(DemoTokens.Finder);
            using var response = await finder.PostJsonAsync(FindingRequests.Path, FindingRequests.Example(FindingRequests.NewExternalId("parallel")));
            return response.StatusCode;
        }));

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.Created, s));
    }

    [Fact]
    public async Task A_retry_sent_while_the_first_attempt_is_running_gets_the_same_case()
    {
        var finding = FindingRequests.Example(FindingRequests.NewExternalId("retry-race"));
        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            using var finder = factory.CreateApiClient(DemoTokens.Finder);
            using var response = await finder.PostJsonAsync(FindingRequests.Path, finding);
            return (response.StatusCode, Id: response.IsSuccessStatusCode ? (await response.ReadJsonAsync()).Id() : null);
        }));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Created);
        Assert.All(answers, a => Assert.Contains(a.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.OK }));
        Assert.Single(answers.Select(a => a.Id).Distinct());
    }

    [Theory]
    [InlineData("99")]
    [InlineData("Closed,Paid")]
    public async Task Status_that_is_not_a_status_name_is_400(string status)
    {
        using var official = factory.CreateApiClient(DemoTokens.Official);

        using var response = await official.GetAsync($"/api/v1/cases?status={Uri.EscapeDataString(status)}");

        await ProblemAssert.ValidationAsync(response, "status");
    }

    [Fact]
    public async Task Outsider_replaying_a_Gent_finding_is_403_like_any_Gent_finding()
    {
        using var finder = factory.CreateApiClient(DemoTokens.Finder);
        using var outsider = factory.CreateApiClient(DemoTokens.Outsider);
        var finding = FindingRequests.Example(FindingRequests.NewExternalId("replayed"));
        await finder.RecordAsync(finding);

        using var response = await outsider.PostJsonAsync(FindingRequests.Path, finding);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
