using Sac.Application.Common;
using Sac.Application.Common.Ports;

namespace Sac.Application.Users;

/// <summary>
/// Who administers whom. A system administrator administers everyone. A municipal administrator administers the users
/// who work for at least one of their municipalities, except system administrators, and manages the devices of those
/// who work for theirs only: a token acts in every municipality of its holder.
/// </summary>
public static class UserOversight
{
    public static bool AdministersUsers(this ICurrentUser user) => user.IsInRole(Roles.SystemAdmin) || user.IsInRole(Roles.MunicipalAdmin);

    public static bool Administers(this ICurrentUser user, UserAccount other) =>
        user.IsInRole(Roles.SystemAdmin)
        || (user.IsInRole(Roles.MunicipalAdmin) && !other.IsIn(Roles.SystemAdmin) && other.Municipalities.Overlaps(user.Municipalities));

    /// <summary>Whether the user may issue and revoke API tokens for <paramref name="holder"/> (their own are always theirs).</summary>
    public static bool ManagesDevicesOf(this ICurrentUser user, UserAccount holder) =>
        string.Equals(holder.Email, user.Name, StringComparison.OrdinalIgnoreCase)
        || user.IsInRole(Roles.SystemAdmin)
        || (user.IsInRole(Roles.MunicipalAdmin) && !holder.IsIn(Roles.SystemAdmin)
            && holder.Municipalities.Count > 0 && holder.Municipalities.IsSubsetOf(user.Municipalities));

    /// <summary>The roles the user may give or take away: a municipal administrator never makes a system administrator.</summary>
    public static IReadOnlySet<string> GrantableRoles(this ICurrentUser user) =>
        user.IsInRole(Roles.SystemAdmin) ? Roles.All.ToHashSet()
        : user.IsInRole(Roles.MunicipalAdmin) ? Roles.All.Where(r => r != Roles.SystemAdmin).ToHashSet()
        : new HashSet<string>();

    public static bool IsSelf(this ICurrentUser user, UserAccount other) =>
        string.Equals(other.Email, user.Name, StringComparison.OrdinalIgnoreCase);
}
