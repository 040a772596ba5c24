using System.Net;
using Sac.Testing;
using Sac.Web.Tests.Support;

namespace Sac.Web.Tests.Api;

/// <summary>The OpenAPI document and its browsable reference.</summary>
public sealed class DocumentationTests(SacAppFactory factory) : IClassFixture<SacAppFactory>
{
    [Fact]
    public async Task OpenApi_document_describes_the_findings_endpoint()
    {
        using var client = factory.CreateApiClient(token: null);
        using var response = await client.GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("/api/v1/findings", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_reference_is_an_html_page()
    {
        // Scalar redirects /api/reference to /api/reference/; a browser follows it.
        using var client = factory.CreateClient();
        using var response = await client.GetAsync("/api/reference");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Sac API v1", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
