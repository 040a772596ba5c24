using Sac.Testing;

namespace Sac.Web.Tests.Support;

/// <summary>The app on 20 June 2025: a case of March 2025 can have gone through its notice, decision and appeal window.</summary>
public sealed class June2025AppFactory : SacAppFactory
{
    public June2025AppFactory() => Now = new DateTimeOffset(2025, 6, 20, 10, 0, 0, TimeSpan.FromHours(2));
}
