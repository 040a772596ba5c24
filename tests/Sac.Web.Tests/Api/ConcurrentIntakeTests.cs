using System.Net;
using Sac.Testing;
using Sac.Web.Tests.Support;

namespace Sac.Web.Tests.Api;

/// <summary>Parallel intakes: every finding gets its own number, and retries racing their original get the same case.</summary>
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
    public async Task Fifty_identical_submissions_at_once_make_exactly_one_case()
    {
        var externalId = FindingRequests.NewExternalId("retry-race");
        var finding = FindingRequests.Example(externalId);
        var answers = await Task.WhenAll(Enumerable.Range(0, 50).Select(async _ =>
        {
            using var finder = factory.CreateApiClient(DemoTokens.Finder);
            using var response = await finder.PostJsonAsync(FindingRequests.Path, finding);
            return (response.StatusCode, Id: response.IsSuccessStatusCode ? (await response.ReadJsonAsync()).Id() : null);
        }));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Created);
        Assert.All(answers, a => Assert.Contains(a.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.OK }));
        Assert.Single(answers.Select(a => a.Id).Distinct());
        using var database = factory.Database.Open();
        using var count = database.CreateCommand();
        count.CommandText = $"""SELECT COUNT(*) FROM "Cases" WHERE "ExternalId" = '{externalId}'""";
        Assert.Equal(1L, Convert.ToInt64(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture));
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
