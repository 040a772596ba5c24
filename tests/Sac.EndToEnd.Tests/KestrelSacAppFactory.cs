using Sac.Testing;

namespace Sac.EndToEnd.Tests;

/// <summary>The application on a real Kestrel port, so a real browser can reach it.</summary>
public sealed class KestrelSacAppFactory : SacAppFactory
{
    public KestrelSacAppFactory()
    {
        UseKestrel(0);
        StartServer();
    }

    public string BaseUrl => ClientOptions.BaseAddress.ToString().TrimEnd('/');
}
