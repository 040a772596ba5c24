using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Sac.Web.Tests.Browser;

/// <summary>
/// A cookie-keeping client that fills forms the way a browser does, antiforgery token included. <paramref name="client"/>
/// keeps the cookies, knows the application's address and does not follow redirects.
/// </summary>
internal sealed partial class BrowserSession(HttpClient client)
{
    public BrowserSession(WebApplicationFactory<Program> app, string culture = "nl-BE")
        : this(CreateClient(app, culture))
    {
    }

    public static async Task<BrowserSession> SignedInAsync(WebApplicationFactory<Program> app, string email, string password, string culture = "nl-BE")
    {
        var session = new BrowserSession(app, culture);
        await session.SignInAsync(email, password);
        return session;
    }

    /// <summary>Signs in through the sign-in form; the client keeps the cookie.</summary>
    public async Task SignInAsync(string email, string password)
    {
        var response = await PostFormAsync("/Account/SignIn", new() { ["Email"] = email, ["Password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    public Task<HttpResponseMessage> GetAsync(string url) => client.GetAsync(new Uri(url, UriKind.Relative));

    /// <summary>Posts as a page's script does, without reading a form first.</summary>
    public Task<HttpResponseMessage> PostAsync(string url, HttpContent content) => client.PostAsync(new Uri(url, UriKind.Relative), content);

    /// <summary>GET that must answer 200; returns the page.</summary>
    public async Task<string> GetPageAsync(string url)
    {
        using var response = await GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Reads the form page first, as a browser does, and posts with the page's antiforgery token.</summary>
    public Task<HttpResponseMessage> PostFormAsync(string url, Dictionary<string, string> fields, bool withToken = true) =>
        PostFormAsync(url, url, fields, withToken);

    /// <summary>Reads <paramref name="page"/>, then posts one of its forms to <paramref name="action"/> with the page's token.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string page, string action, Dictionary<string, string> fields, bool withToken = true)
    {
        await AddTokenAsync(page, fields, withToken);
        return await client.PostAsync(new Uri(action, UriKind.Relative), new FormUrlEncodedContent(fields));
    }

    /// <summary>As <see cref="PostFormAsync(string, string, Dictionary{string, string}, bool)"/>, as multipart/form-data with files.</summary>
    public async Task<HttpResponseMessage> PostMultipartAsync(
        string page, string action, Dictionary<string, string> fields, IEnumerable<(string Field, string FileName, string ContentType, byte[] Content)> files)
    {
        await AddTokenAsync(page, fields, withToken: true);
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        foreach (var (field, fileName, contentType, bytes) in files)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
            content.Add(file, field, fileName);
        }

        return await client.PostAsync(new Uri(action, UriKind.Relative), content);
    }

    /// <summary>Reads <paramref name="page"/> and returns its antiforgery token, good for any form of this session.</summary>
    public async Task<string> AntiforgeryTokenAsync(string page)
    {
        var html = await client.GetStringAsync(new Uri(page, UriKind.Relative));
        return AntiforgeryField().Match(html).Groups[1].Value;
    }

    private async Task AddTokenAsync(string page, Dictionary<string, string> fields, bool withToken)
    {
        var token = await AntiforgeryTokenAsync(page);
        if (withToken)
        {
            fields["__RequestVerificationToken"] = token;
        }
    }

    private static HttpClient CreateClient(WebApplicationFactory<Program> app, string culture)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(culture);
        return client;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
