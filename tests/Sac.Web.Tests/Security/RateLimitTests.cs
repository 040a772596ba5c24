using System.Net;
using Microsoft.AspNetCore.Hosting;
using Sac.Testing;
using Sac.Web.Tests.Browser;

namespace Sac.Web.Tests.Security;

public sealed class RateLimitTests(RateLimitTests.TightLimitsApp app) : IClassFixture<RateLimitTests.TightLimitsApp>
{
    [Fact]
    public async Task Sign_in_attempts_beyond_the_limit_are_refused_with_429()
    {
        var session = new BrowserSession(app);
        var answers = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < TightLimitsApp.SignIns + 2; attempt++)
        {
            using var response = await session.PostFormAsync("/Account/SignIn", new() { ["Email"] = "nobody@demo.sac", ["Password"] = "Wrong-Password-1!" });
            answers.Add(response.StatusCode);
        }

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, answers.Take(TightLimitsApp.SignIns));
        Assert.All(answers.Skip(TightLimitsApp.SignIns), status => Assert.Equal(HttpStatusCode.TooManyRequests, status));
    }

    [Fact]
    public async Task A_token_beyond_its_limit_is_refused_with_429_and_other_tokens_go_on()
    {
        using var finder = app.CreateApiClient(DemoTokens.Finder);
        using var official = app.CreateApiClient(DemoTokens.Official);
        var answers = new List<HttpStatusCode>();
        for (var request = 0; request < TightLimitsApp.ApiRequests + 2; request++)
        {
            using var response = await finder.GetAsync(new Uri("/api/v1/cases", UriKind.Relative));
            answers.Add(response.StatusCode);
        }

        using var other = await official.GetAsync(new Uri("/api/v1/cases", UriKind.Relative));

        Assert.All(answers.Take(TightLimitsApp.ApiRequests), status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[^1]);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    /// <summary>The application with limits small enough to reach in a test.</summary>
    public sealed class TightLimitsApp : SacAppFactory
    {
        public const int SignIns = 3;
        public const int ApiRequests = 60;

        public TightLimitsApp() => SignInsPerMinute = SignIns;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("RateLimits:ApiPerTokenPerMinute", ApiRequests.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
