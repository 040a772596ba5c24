using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Sac.Testing;

namespace Sac.Web.Tests.Browser;

/// <summary>A cookie-keeping client that fills forms the way a browser does, antiforgery token included.</summary>
internal sealed partial class BrowserSession(SacAppFactory app, string culture = "nl-BE")
{
    private readonly HttpClient client = CreateClient(app, culture);

    public static async Task<BrowserSession> SignedInAsync(SacAppFactory app, string email, string password, string culture = "nl-BE")
    {
        var session = new BrowserSession(app, culture);
        var response = await session.PostFormAsync("/Account/SignIn", new() { ["Email"] = email, ["Password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return session;
    }

    public Task<HttpResponseMessage> GetAsync(string url) => client.GetAsync(new Uri(url, UriKind.Relative));

    /// <summary>Reads the form page first, as a browser does, and posts with the page's antiforgery token.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string url, Dictionary<string, string> fields, bool withToken = true)
    {
        var page = await client.GetStringAsync(new Uri(url, UriKind.Relative));
        if (withToken)
        {
            fields["__RequestVerificationToken"] = AntiforgeryField().Match(page).Groups[1].Value;
        }

        return await client.PostAsync(new Uri(url, UriKind.Relative), new FormUrlEncodedContent(fields));
    }

    private static HttpClient CreateClient(SacAppFactory app, string culture)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(culture);
        return client;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
