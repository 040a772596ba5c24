using Sac.Testing;
using static Sac.Application.Common.Roles;

namespace Sac.Web.Tests.Access;

/// <summary>A demo user of the README, with a municipality they serve and one they do not.</summary>
public sealed record DemoCaller(string Email, string Password, string Token, IReadOnlyList<string> Roles, string OwnNis, string ForeignNis)
{
    private const string Gent = "44021";
    private const string Antwerpen = "11002";

    public static IReadOnlyList<DemoCaller> All { get; } =
    [
        new("finder@demo.sac", "Demo-Finder-2025!", DemoTokens.Finder, [Finder], Gent, Antwerpen),
        new("official@demo.sac", "Demo-Official-2025!", DemoTokens.Official, [SanctioningOfficial], Gent, Antwerpen),
        new("admin@demo.sac", "Demo-Admin-2025!", DemoTokens.Admin, [SystemAdmin, MunicipalAdmin, SanctioningOfficial, Finder], Gent, Antwerpen),
        new("auditor@demo.sac", "Demo-Auditor-2025!", DemoTokens.Auditor, [Auditor], Gent, Antwerpen),
        new("outsider@demo.sac", "Demo-Outsider-2025!", DemoTokens.Outsider, [Finder, SanctioningOfficial], Antwerpen, Gent),
    ];

    public bool MayCall(AccessRule rule) => rule.IsPublic || rule.Roles.Intersect(Roles).Any();

    public override string ToString() => Email;
}
