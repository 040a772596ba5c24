using Role = Sac.Application.Common.Roles;

namespace Sac.Infrastructure.Demo;

/// <summary>A demo user with the roles, municipalities and API token of api-v1.md; the README lists the passwords.</summary>
internal sealed record DemoUser(
    string Email, string DisplayName, string PreferredLanguage, string Password, string Token,
    IReadOnlyList<string> Roles, IReadOnlyList<string> Municipalities)
{
    private static readonly string[] GentBrussels = ["44021", "21004"];
    private static readonly string[] GentBrusselsLiege = ["44021", "21004", "62063"];

    public static IReadOnlyList<DemoUser> All { get; } =
    [
        new("finder@demo.sac", "Demo Finder", "nl", "Demo-Finder-2025!", "demo-finder-token",
            [Role.Finder], GentBrussels),
        new("official@demo.sac", "Demo Official", "fr", "Demo-Official-2025!", "demo-official-token",
            [Role.SanctioningOfficial], GentBrusselsLiege),
        new("admin@demo.sac", "Demo Admin", "nl", "Demo-Admin-2025!", "demo-admin-token",
            [Role.SystemAdmin, Role.MunicipalAdmin, Role.SanctioningOfficial, Role.Finder], GentBrusselsLiege),
        new("auditor@demo.sac", "Demo Auditor", "fr", "Demo-Auditor-2025!", "demo-auditor-token",
            [Role.Auditor], GentBrusselsLiege),
        new("outsider@demo.sac", "Demo Outsider", "nl", "Demo-Outsider-2025!", "demo-outsider-token",
            [Role.Finder, Role.SanctioningOfficial], ["11002"]),
    ];
}
