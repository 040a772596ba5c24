using Sac.Application.Common;
using Sac.Application.Common.Ports;
using Sac.Application.Deadlines;

namespace Sac.Application.Registries;

/// <summary>Who consults a registry, and in which role: the access log records both (gas-law.md §6).</summary>
public sealed record RegistryCaller(string UserName, string Role)
{
    /// <summary>The role the background jobs consult the registries under.</summary>
    public const string SystemRole = "System";

    /// <summary>The background jobs, which identify pending offenders for the system (the timeline's "Sac").</summary>
    public static RegistryCaller System { get; } = new(SystemActor.Name, SystemRole);

    /// <summary>The role logged for a user who has neither role that may consult the registries (refused, but logged).</summary>
    public const string NoRegistryRole = "None";

    /// <summary>
    /// The signed-in user, under the strongest role that may consult the registries: SanctioningOfficial if they have it,
    /// else Finder (the endpoints admit no one else).
    /// </summary>
    public static RegistryCaller Of(ICurrentUser user) =>
        new(user.Name, user.IsInRole(Roles.SanctioningOfficial) ? Roles.SanctioningOfficial : user.IsInRole(Roles.Finder) ? Roles.Finder : NoRegistryRole);

    public bool MayConsult => Role != NoRegistryRole;
}
