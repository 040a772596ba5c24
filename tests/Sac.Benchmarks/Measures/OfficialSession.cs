using System.Net;
using System.Text.RegularExpressions;

namespace Sac.Benchmarks.Measures;

/// <summary>A browser-like client of the web host signed in with the official's cookie, as the Web tests sign in.</summary>
internal sealed partial class OfficialSession : IDisposable
{
    private readonly HttpClient client;

    private OfficialSession(Uri address)
    {
        var handler = new SocketsHttpHandler { CookieContainer = new CookieContainer(), UseCookies = true, AllowAutoRedirect = false };
        client = new HttpClient(handler) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("nl-BE");
    }

    public HttpClient Client => client;

    public static async Task<OfficialSession> SignInAsync(Uri address, string email, string password, CancellationToken cancellationToken)
    {
        var session = new OfficialSession(address);
        var page = await session.client.GetStringAsync(new Uri("/Account/SignIn", UriKind.Relative), cancellationToken);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = password,
            ["__RequestVerificationToken"] = AntiforgeryField().Match(page).Groups[1].Value,
        });
        using var response = await session.client.PostAsync(new Uri("/Account/SignIn", UriKind.Relative), form, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            session.Dispose();
            throw new InvalidOperationException($"Signing in as {email} answered {(int)response.StatusCode}.");
        }

        return session;
    }

    public void Dispose() => client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
