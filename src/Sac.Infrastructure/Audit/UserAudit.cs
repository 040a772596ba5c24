using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Sac.Domain.Audit;
using Sac.Infrastructure.Identity;
using Sac.Infrastructure.Persistence;

namespace Sac.Infrastructure.Audit;

/// <summary>
/// The audit entries of a save that invites users, changes their roles or municipalities, deactivates or reactivates
/// them, or in which an invitee chooses their password. Read before the save: the roles and municipalities the changed
/// users have in the database are the "before" of the change.
/// </summary>
internal sealed class UserAudit
{
    private readonly Dictionary<string, string> roleNames;
    private readonly ILookup<string, string> heldRoles;
    private readonly ILookup<string, string> heldMunicipalities;

    private UserAudit(Dictionary<string, string> roleNames, IEnumerable<(string UserId, string Value)> heldRoles, IEnumerable<UserMunicipality> heldMunicipalities)
    {
        this.roleNames = roleNames;
        this.heldRoles = heldRoles.ToLookup(r => r.UserId, r => r.Value);
        this.heldMunicipalities = heldMunicipalities.ToLookup(m => m.UserId, m => m.MunicipalityNis);
    }

    private static UserAudit Nothing { get; } = new([], [], []);

    public static UserAudit Read(SacDbContext db)
    {
        if (AccessChangedUserIds(db) is not { Count: > 0 } ids)
        {
            return Nothing;
        }

        var roles = db.Roles.AsNoTracking().ToDictionary(r => r.Id, r => r.Name ?? r.Id);
        return new UserAudit(
            roles,
            db.UserRoles.AsNoTracking().Where(r => ids.Contains(r.UserId)).ToList().Select(r => (r.UserId, roles.GetValueOrDefault(r.RoleId, r.RoleId))),
            db.UserMunicipalities.AsNoTracking().Where(m => ids.Contains(m.UserId)).ToList());
    }

    public static async Task<UserAudit> ReadAsync(SacDbContext db, CancellationToken cancellationToken)
    {
        if (AccessChangedUserIds(db) is not { Count: > 0 } ids)
        {
            return Nothing;
        }

        var roles = await db.Roles.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.Name ?? r.Id, cancellationToken);
        var held = await db.UserRoles.AsNoTracking().Where(r => ids.Contains(r.UserId)).ToListAsync(cancellationToken);
        return new UserAudit(
            roles,
            held.Select(r => (r.UserId, roles.GetValueOrDefault(r.RoleId, r.RoleId))),
            await db.UserMunicipalities.AsNoTracking().Where(m => ids.Contains(m.UserId)).ToListAsync(cancellationToken));
    }

    public IEnumerable<AuditEntry> Entries(SacDbContext db, AuditActor actor, DateTimeOffset now)
    {
        var users = db.ChangeTracker.Entries<SacUser>().Where(e => e.State is EntityState.Added or EntityState.Modified).ToDictionary(e => e.Entity.Id);
        foreach (var userId in users.Keys.Union(AccessChangedUserIds(db)))
        {
            var entry = users.GetValueOrDefault(userId);
            var about = AuditTarget.User(entry?.Entity.UserName ?? userId);
            var before = Access(heldRoles[userId], heldMunicipalities[userId]);
            var after = Access(Apply(db, heldRoles[userId], userId, RoleName), Apply(db, heldMunicipalities[userId], userId, MunicipalityOf));
            if (entry?.State == EntityState.Added)
            {
                if (entry.Entity.PasswordHash is null)
                {
                    yield return AuditEntry.Record(now, actor, AuditAction.UserInvited, about, after: ChangeJson.Text(after.Json));
                }

                continue;
            }

            if (!after.Equals(before))
            {
                yield return AuditEntry.Record(now, actor, AuditAction.UserAccessChanged, about, ChangeJson.Text(before.Json), ChangeJson.Text(after.Json));
            }

            if (entry is not null && Activation(entry) is { } action)
            {
                yield return AuditEntry.Record(now, actor, action, about);
            }

            if (entry is not null && entry.Property(u => u.PasswordHash).OriginalValue is null && entry.Entity.PasswordHash is not null)
            {
                // Nobody is signed in yet: the invitee acts.
                yield return AuditEntry.Record(now, new AuditActor(about.Id, []), AuditAction.InvitationAccepted, about);
            }
        }
    }

    private static string? Activation(EntityEntry<SacUser> entry)
    {
        var wasDeactivated = entry.Property(u => u.LockoutEnd).OriginalValue == SacUser.DeactivatedUntil;
        return wasDeactivated == entry.Entity.IsDeactivated ? null
            : entry.Entity.IsDeactivated ? AuditAction.UserDeactivated
            : AuditAction.UserReactivated;
    }

    private static List<string> AccessChangedUserIds(SacDbContext db) =>
        [.. AccessChanges(db).Select(e => UserIdOf(e.Entity)).Distinct()];

    private static IEnumerable<EntityEntry> AccessChanges(SacDbContext db) =>
        db.ChangeTracker.Entries()
            .Where(e => e.Entity is IdentityUserRole<string> or UserMunicipality && e.State is EntityState.Added or EntityState.Deleted);

    private static string UserIdOf(object link) => link is UserMunicipality m ? m.UserId : ((IdentityUserRole<string>)link).UserId;

    /// <summary>What the user holds once the save's added and deleted links are applied.</summary>
    private static IEnumerable<string> Apply(SacDbContext db, IEnumerable<string> held, string userId, Func<object, string?> valueOf)
    {
        var links = AccessChanges(db).Where(e => UserIdOf(e.Entity) == userId && valueOf(e.Entity) is not null).ToList();
        return held
            .Except(links.Where(e => e.State == EntityState.Deleted).Select(e => valueOf(e.Entity)!))
            .Union(links.Where(e => e.State == EntityState.Added).Select(e => valueOf(e.Entity)!));
    }

    private string? RoleName(object link) => link is IdentityUserRole<string> r ? roleNames.GetValueOrDefault(r.RoleId, r.RoleId) : null;

    private static string? MunicipalityOf(object link) => (link as UserMunicipality)?.MunicipalityNis;

    private static AccessJson Access(IEnumerable<string> roles, IEnumerable<string> municipalities) =>
        new(string.Join(',', roles.Order(StringComparer.Ordinal)), string.Join(',', municipalities.Order(StringComparer.Ordinal)));

    /// <summary>Roles and municipalities as comma-separated lists, so that a change reads at a glance.</summary>
    private sealed record AccessJson(string Roles, string Municipalities)
    {
        public System.Text.Json.Nodes.JsonObject Json => ChangeJson.Object(("roles", Roles), ("municipalities", Municipalities));
    }
}
