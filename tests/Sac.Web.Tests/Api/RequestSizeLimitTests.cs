using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Sac.Testing;
using Sac.Web.Tests.Browser;
using Sac.Web.Tests.Hostile;
using Sac.Web.Tests.Support;

namespace Sac.Web.Tests.Api;

/// <summary>
/// Issue 6: a finding's body may carry ten photos of 10 MB in base64, and a body far above that is a 413 problem, not an
/// error page. On Kestrel, because the test server does not enforce request size limits.
/// </summary>
public sealed class RequestSizeLimitTests(RequestSizeLimitTests.KestrelApp app) : IClassFixture<RequestSizeLimitTests.KestrelApp>
{
    [Fact]
    public async Task Ten_photos_of_10_MB_fit_in_one_finding()
    {
        using var finder = Finder();
        using var body = new MemoryStream();
        using (var writer = new Utf8JsonWriter(body))
        {
            // The base64 is written straight from the bytes: 140 MB of JSON, without a string of it in memory.
            writer.WriteStartObject();
            foreach (var (name, value) in FindingRequests.Example(FindingRequests.NewExternalId("ten-photos")))
            {
                writer.WritePropertyName(name);
                value!.WriteTo(writer);
            }

            writer.WriteStartArray("photos");
            for (var i = 0; i < 10; i++)
            {
                writer.WriteStartObject();
                writer.WriteString("fileName", $"foto{i}.jpg");
                writer.WriteString("contentType", "image/jpeg");
                writer.WriteBase64String("content", SampleFiles.Jpeg($"{i}", length: 10 * 1024 * 1024));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        using var response = await finder.PostAsync(FindingRequests.Path, Json(new ByteArrayContent(body.ToArray())));

        await response.AssertStatusAsync(HttpStatusCode.Created);
        var documents = (await response.ReadJsonAsync())["documents"]!.AsArray();
        Assert.Equal(10, documents.Count(d => d!["kind"]!.GetValue<string>() == "EvidencePhoto"));
    }

    [Fact]
    public async Task A_finding_body_far_above_ten_photos_is_a_413_problem_and_nothing_is_stored()
    {
        using var finder = Finder();
        var before = app.StoredCases();
        var padded = FindingRequests.Example(FindingRequests.NewExternalId("huge")).ToJsonString().Insert(1, new string(' ', 160 * 1024 * 1024));

        using var response = await finder.PostAsync(FindingRequests.Path, Json(new StringContent(padded)));

        await HostileAssert.RefusedAsync(response);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(before, app.StoredCases());
    }

    [Theory]
    [InlineData("nl-BE", "Te groot")]
    [InlineData("fr-BE", "Trop volumineux")]
    public async Task A_finding_form_far_above_ten_photos_is_a_413_page_in_the_users_language_and_nothing_is_stored(string culture, string title)
    {
        var session = new BrowserSession(BrowserClient(culture));
        await session.SignInAsync("finder@demo.sac", "Demo-Finder-2025!");
        var before = app.StoredCases();
        var photos = Enumerable.Range(0, 11).Select(i => ("Photos", $"foto{i}.jpg", "image/jpeg", SampleFiles.Jpeg($"{i}", length: 10 * 1024 * 1024)));

        using var response = await session.PostMultipartAsync("/Findings/New", "/Findings/New", FindingFormTests.Finding("88022999990"), photos);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains(title, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, app.StoredCases());
    }

    [Fact]
    public async Task A_finding_form_with_ten_photos_of_10_MB_is_kept()
    {
        var session = new BrowserSession(BrowserClient("nl-BE"));
        await session.SignInAsync("finder@demo.sac", "Demo-Finder-2025!");
        var photos = Enumerable.Range(0, 10).Select(i => ("Photos", $"foto{i}.jpg", "image/jpeg", SampleFiles.Jpeg($"{i}", length: 10 * 1024 * 1024)));

        using var response = await session.PostMultipartAsync("/Findings/New", "/Findings/New", FindingFormTests.Finding("88022999990"), photos);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private HttpClient BrowserClient(string culture)
    {
        var client = Client();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(culture);
        return client;
    }

    private HttpClient Finder()
    {
        var finder = Client();
        finder.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", DemoTokens.Finder);
        return finder;
    }

    /// <summary>
    /// A client on the Kestrel port that waits for "100 Continue" before it sends a body, as long as the server takes to
    /// answer on a busy machine: a refusal comes before the body is read, and a client still sending would be cut off.
    /// </summary>
    private HttpClient Client()
    {
        var handler = new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, Expect100ContinueTimeout = TimeSpan.FromMinutes(1) };
        var client = new HttpClient(handler) { BaseAddress = app.ClientOptions.BaseAddress, Timeout = TimeSpan.FromMinutes(5) };
        client.DefaultRequestHeaders.ExpectContinue = true;
        return client;
    }

    private static HttpContent Json(HttpContent content)
    {
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    /// <summary>The application on a real Kestrel port.</summary>
    public sealed class KestrelApp : SacAppFactory
    {
        public KestrelApp()
        {
            UseKestrel(0);
            StartServer();
        }
    }
}
