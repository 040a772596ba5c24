using System.Net;
using Sac.Testing;
using Sac.Web.Hosting;

namespace Sac.Web.Tests.Security;

public sealed class SecurityHeaderTests(SacAppFactory factory) : IClassFixture<SacAppFactory>
{
    [Theory]
    [InlineData("/Account/SignIn", HttpStatusCode.OK)]
    [InlineData("/Cases", HttpStatusCode.Redirect)]
    [InlineData("/no-such-page", HttpStatusCode.NotFound)]
    [InlineData("/api/v1/cases", HttpStatusCode.Unauthorized)]
    [InlineData("/health", HttpStatusCode.OK)]
    public async Task Every_answer_carries_the_security_headers(string path, HttpStatusCode expected)
    {
        using var client = factory.CreateApiClient(token: null);

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(SecurityHeaders.ApplicationPolicy, Header(response, "Content-Security-Policy"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("same-origin", Header(response, "Referrer-Policy"));
    }

    [Fact]
    public void The_applications_policy_allows_no_inline_script_or_style_and_no_framing()
    {
        Assert.DoesNotContain("unsafe-inline", SecurityHeaders.ApplicationPolicy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", SecurityHeaders.ApplicationPolicy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", SecurityHeaders.ApplicationPolicy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", SecurityHeaders.ThirdPartyPagesPolicy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_API_reference_gets_the_third_party_pages_policy()
    {
        using var client = factory.CreateApiClient(token: null);

        using var response = await client.GetAsync(new Uri("/api/reference/", UriKind.Relative));

        Assert.Equal(SecurityHeaders.ThirdPartyPagesPolicy, Header(response, "Content-Security-Policy"));
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values)
        : response.Content.Headers.TryGetValues(name, out var contentValues) ? string.Join(",", contentValues)
        : null;
}
