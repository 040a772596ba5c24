using Sac.Application.Common;
using Sac.Application.Common.Ports;

namespace Sac.Application.Tests.Fakes;

internal sealed class FakeCurrentUser(string name, IEnumerable<string> municipalities, params string[] roles) : ICurrentUser
{
    public string Name { get; } = name;

    public IReadOnlySet<string> Municipalities { get; } = municipalities.ToHashSet(StringComparer.Ordinal);

    /// <summary>The demo finder: Gent and Brussel.</summary>
    public static FakeCurrentUser Finder() => new("finder@demo.sac", ["44021", "21004"], Roles.Finder);

    /// <summary>The demo official: Gent, Brussel and Liège.</summary>
    public static FakeCurrentUser Official() => new("official@demo.sac", ["44021", "21004", "62063"], Roles.SanctioningOfficial);

    /// <summary>The demo municipal administrator.</summary>
    public static FakeCurrentUser Admin() => new("admin@demo.sac", ["44021", "21004", "62063"], Roles.MunicipalAdmin, Roles.SanctioningOfficial);

    /// <summary>The demo outsider: Antwerpen only.</summary>
    public static FakeCurrentUser Outsider() => new("outsider@demo.sac", ["11002"], Roles.Finder, Roles.SanctioningOfficial, Roles.MunicipalAdmin);

    public bool IsInRole(string role) => roles.Contains(role);
}
