using Sac.Application.Common;

namespace Sac.Application.Users;

/// <summary>A municipality that has an active administrator keeps one: nobody deactivates or demotes the last.</summary>
internal static class LastAdministrators
{
    public static async Task<bool> WouldBeLeftWithoutAsync(this IUserAccounts accounts, UserAccount before, UserAccount after, CancellationToken cancellationToken)
    {
        var losing = AdministeredBy(before).Except(AdministeredBy(after)).ToList();
        if (losing.Count == 0)
        {
            return false;
        }

        var keptByOthers = (await accounts.ListAsync(cancellationToken)).Where(u => u.Id != before.Id).SelectMany(AdministeredBy).ToHashSet();
        return losing.Any(nis => !keptByOthers.Contains(nis));
    }

    private static IEnumerable<string> AdministeredBy(UserAccount user) =>
        user.IsActive && user.IsIn(Roles.MunicipalAdmin) ? user.Municipalities : [];
}
