using Sac.Testing;
using Sac.Web.Tests.Support;

namespace Sac.Web.Tests.Api;

/// <summary>GET /api/v1/cases refuses bad query parameters with a 400 problem on the parameter.</summary>
public sealed class CaseSearchValidationTests(SacAppFactory factory) : IClassFixture<SacAppFactory>
{
    [Theory]
    [InlineData("status=Sleeping", "status")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=201", "pageSize")]
    [InlineData("page=0", "page")]
    [InlineData("factsFrom=2025-03-01&factsTo=2025-02-01", "factsTo")]
    public async Task Bad_parameter_is_400_on_that_parameter(string query, string path)
    {
        using var official = factory.CreateApiClient(DemoTokens.Official);

        using var response = await official.GetAsync($"/api/v1/cases?{query}");

        await ProblemAssert.ValidationAsync(response, path);
    }
}
