using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Sac.Application.Users;
using Sac.Infrastructure.Persistence;

namespace Sac.Infrastructure.Identity;

/// <summary>
/// Users, their roles and municipalities changed through the context rather than Identity's user manager, which saves
/// after each step: the unit of work saves a change once, and the audit trail records it once.
/// </summary>
internal sealed class UserAccounts(SacDbContext db, UserManager<SacUser> userManager) : IUserAccounts
{
    public async Task<IReadOnlyList<UserAccount>> ListAsync(CancellationToken cancellationToken) =>
        await AccountsAsync(db.Users, cancellationToken);

    public async Task<UserAccount?> FindAsync(string id, CancellationToken cancellationToken) =>
        (await AccountsAsync(db.Users.Where(u => u.Id == id), cancellationToken)).SingleOrDefault();

    public async Task<UserAccount?> FindByEmailAsync(string email, CancellationToken cancellationToken)
    {
        var normalized = userManager.NormalizeName(email);
        return (await AccountsAsync(db.Users.Where(u => u.NormalizedUserName == normalized), cancellationToken)).SingleOrDefault();
    }

    public async Task<(string Id, string Secret)> InviteAsync(
        string email, string displayName, IReadOnlySet<string> roles, IReadOnlySet<string> municipalities, CancellationToken cancellationToken)
    {
        var user = new SacUser
        {
            UserName = email,
            NormalizedUserName = userManager.NormalizeName(email),
            Email = email,
            NormalizedEmail = userManager.NormalizeEmail(email),
            DisplayName = displayName,
            SecurityStamp = Guid.NewGuid().ToString(),
            LockoutEnabled = true,
        };
        db.Users.Add(user);
        db.UserRoles.AddRange((await RoleIdsAsync(roles, cancellationToken)).Select(roleId => new IdentityUserRole<string> { UserId = user.Id, RoleId = roleId }));
        db.UserMunicipalities.AddRange(municipalities.Select(nis => new UserMunicipality(user.Id, nis)));

        // Identity's password-reset token: signed, valid for DataProtectionTokenProviderOptions.TokenLifespan, and bound to
        // the security stamp, which setting the password changes, so the link works once.
        return (user.Id, await userManager.GeneratePasswordResetTokenAsync(user));
    }

    public async Task ChangeAccessAsync(string id, IReadOnlySet<string> roles, IReadOnlySet<string> municipalities, CancellationToken cancellationToken)
    {
        // A new security stamp makes the user's browser session pick up the new roles at its next check.
        var user = await db.Users.SingleAsync(u => u.Id == id, cancellationToken);
        user.SecurityStamp = Guid.NewGuid().ToString();
        var roleIds = await RoleIdsAsync(roles, cancellationToken);
        var heldRoles = await db.UserRoles.Where(r => r.UserId == id).ToListAsync(cancellationToken);
        db.UserRoles.RemoveRange(heldRoles.Where(r => !roleIds.Contains(r.RoleId)));
        db.UserRoles.AddRange(roleIds.Except(heldRoles.Select(r => r.RoleId)).Select(roleId => new IdentityUserRole<string> { UserId = id, RoleId = roleId }));
        var heldMunicipalities = await db.UserMunicipalities.Where(m => m.UserId == id).ToListAsync(cancellationToken);
        db.UserMunicipalities.RemoveRange(heldMunicipalities.Where(m => !municipalities.Contains(m.MunicipalityNis)));
        db.UserMunicipalities.AddRange(municipalities.Except(heldMunicipalities.Select(m => m.MunicipalityNis)).Select(nis => new UserMunicipality(id, nis)));
    }

    public async Task SetActiveAsync(string id, bool active, CancellationToken cancellationToken)
    {
        var user = await db.Users.SingleAsync(u => u.Id == id, cancellationToken);
        if (active)
        {
            user.Reactivate();
        }
        else
        {
            user.Deactivate();
        }
    }

    private async Task<List<string>> RoleIdsAsync(IReadOnlySet<string> roles, CancellationToken cancellationToken)
    {
        List<string> names = [.. roles];
        return await db.Roles.Where(r => names.Contains(r.Name!)).Select(r => r.Id).ToListAsync(cancellationToken);
    }

    private async Task<IReadOnlyList<UserAccount>> AccountsAsync(IQueryable<SacUser> users, CancellationToken cancellationToken)
    {
        var rows = await users.AsNoTracking()
            .OrderBy(u => u.NormalizedUserName)
            .Select(u => new
            {
                u.Id,
                u.Email,
                u.DisplayName,
                u.LockoutEnd,
                HasPassword = u.PasswordHash != null,
                Roles = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name!).ToList(),
                Municipalities = db.UserMunicipalities.Where(m => m.UserId == u.Id).Select(m => m.MunicipalityNis).ToList(),
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(u => new UserAccount(
            u.Id, u.Email ?? u.Id, u.DisplayName, u.Roles.ToHashSet(StringComparer.Ordinal), u.Municipalities.ToHashSet(StringComparer.Ordinal),
            u.LockoutEnd != SacUser.DeactivatedUntil, u.HasPassword))];
    }
}
