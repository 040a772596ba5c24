using Sac.Testing;

namespace Sac.Web.Tests.Support;

/// <summary>The app on 1 July 2024: facts of June 2024 are recent, not time-barred.</summary>
public sealed class July2024AppFactory : SacAppFactory
{
    public July2024AppFactory() => Now = new DateTimeOffset(2024, 7, 1, 10, 0, 0, TimeSpan.FromHours(2));
}
