using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Sac.Application.Common.Ports;
using Sac.Testing;
using Sac.Web.Tests.Browser;
using Sac.Web.Tests.Hostile;
using Sac.Web.Tests.Support;

namespace Sac.Web.Tests.Hosting;

/// <summary>
/// A save that loses a race with another request every time it is tried (the retries spent): a 409 the client can act on,
/// a problem for the API and a page in the user's language for the browser, never a crash, and nothing stored.
/// </summary>
public sealed class ConcurrentChangeTests(ConcurrentChangeTests.AlwaysOutracedApp app) : IClassFixture<ConcurrentChangeTests.AlwaysOutracedApp>
{
    [Fact]
    public async Task The_api_answers_a_409_problem()
    {
        using var finder = app.CreateApiClient(DemoTokens.Finder);

        using var response = await finder.PostJsonAsync(FindingRequests.Path, FindingRequests.Example(FindingRequests.NewExternalId("outraced")));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("CONCURRENT_CHANGE", (await response.ReadJsonAsync())["code"]!.GetValue<string>());
        Assert.Equal(0, app.StoredCases());
    }

    [Theory]
    [InlineData("nl-BE", "Tegelijk gewijzigd")]
    [InlineData("fr-BE", "Modifié en même temps")]
    public async Task The_browser_gets_a_409_page_in_the_users_language(string culture, string title)
    {
        var finder = await BrowserSession.SignedInAsync(app, "finder@demo.sac", "Demo-Finder-2025!", culture);

        using var response = await finder.PostFormAsync("/Findings/New", FindingFormTests.Finding("88022999990"));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains(title, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    /// <summary>The application whose every save finds the row changed since it was read.</summary>
    public sealed class AlwaysOutracedApp : SacAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddScoped<IUnitOfWork, OutracedUnitOfWork>());
        }
    }

    private sealed class OutracedUnitOfWork : IUnitOfWork
    {
        public Task SaveChangesAsync(CancellationToken cancellationToken) => throw new ConcurrentUpdateException("Always second.");

        public void DiscardChanges()
        {
        }
    }
}
