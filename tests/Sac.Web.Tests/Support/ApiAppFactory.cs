using Sac.Testing;

namespace Sac.Web.Tests.Support;

/// <summary>
/// <see cref="SacAppFactory"/> that survives being disposed: WebApplicationFactory's Dispose() calls
/// Dispose(true), which runs DisposeAsync(), which calls Dispose(true) again, and SacAppFactory deletes
/// its data folder on each call, so the second delete throws DirectoryNotFoundException. Only the first
/// call goes through here; it deletes the folder once, after the host has stopped.
/// </summary>
public class ApiAppFactory : SacAppFactory
{
    private int disposeCalls;

    protected override void Dispose(bool disposing)
    {
        if (Interlocked.Increment(ref disposeCalls) == 1)
        {
            base.Dispose(disposing);
        }
    }
}
