using Sac.Application.Common;
using Sac.Application.Common.Ports;
using Sac.Domain.Common;

namespace Sac.Application.Users;

/// <summary>The check of roles and municipalities an administrator gives a user (by invitation or change).</summary>
internal static class AssignableAccess
{
    /// <summary>Roles the administrator may not grant or take away, municipalities they do not administer or that do not exist.</summary>
    public static async Task<IReadOnlyList<Error>> RefusalsAsync(
        this IMunicipalityRepository municipalities, ICurrentUser user, IEnumerable<string> changedRoles, IReadOnlyCollection<string> changedMunicipalities,
        CancellationToken cancellationToken)
    {
        var errors = new List<Error>();
        if (!changedRoles.All(user.GrantableRoles().Contains))
        {
            errors.Add(UserErrors.RoleNotGrantable);
        }

        if (!user.IsInRole(Roles.SystemAdmin) && !changedMunicipalities.All(user.BelongsTo))
        {
            errors.Add(UserErrors.MunicipalityNotYours);
        }
        else if ((await municipalities.ListAsync(changedMunicipalities, cancellationToken)).Count != changedMunicipalities.Count)
        {
            errors.Add(ApplicationErrors.UnknownMunicipality("municipalities"));
        }

        return errors;
    }
}
