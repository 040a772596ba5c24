using System.Net;
using System.Text;
using Sac.Testing;
using Sac.Web.Tests.Support;

namespace Sac.Web.Tests.Api;

/// <summary>api-v1.md: no token or an unknown token is 401 on every API endpoint; /health needs none.</summary>
public sealed class AuthenticationTests(SacAppFactory factory) : IClassFixture<SacAppFactory>
{
    private const string SomeCase = "/api/v1/cases/7d1c2a4e-8f1b-4c55-9a3e-0b6f2d9e1a77";

    public static TheoryData<string, string> Endpoints => new()
    {
        { "POST", "/api/v1/findings" },
        { "GET", "/api/v1/cases" },
        { "GET", SomeCase },
        { "POST", SomeCase + "/closures" },
        { "POST", "/api/v1/register-entries" },
        { "GET", "/api/v1/municipalities/44021" },
        { "PUT", "/api/v1/municipalities/44021/settings" },
        { "PUT", "/api/v1/municipalities/44021/infractions/LITTER" },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task No_token_is_401(string method, string path)
    {
        using var client = factory.CreateApiClient(token: null);
        using var response = await client.SendAsync(Request(method, path));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Unknown_token_is_401(string method, string path)
    {
        using var client = factory.CreateApiClient("not-a-token-anyone-was-given");
        using var response = await client.SendAsync(Request(method, path));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Health_answers_200_without_a_token()
    {
        using var client = factory.CreateApiClient(token: null);
        using var response = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static HttpRequestMessage Request(string method, string path) => new(new HttpMethod(method), path)
    {
        Content = method == "GET" ? null : new StringContent("{}", Encoding.UTF8, "application/json"),
    };
}
