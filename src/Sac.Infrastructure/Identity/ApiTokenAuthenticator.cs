using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Sac.Infrastructure.Persistence;

namespace Sac.Infrastructure.Identity;

internal sealed class ApiTokenAuthenticator(SacDbContext db, UserManager<SacUser> users, IUserClaimsPrincipalFactory<SacUser> claims)
    : IApiTokenAuthenticator
{
    public async Task<ClaimsPrincipal?> AuthenticateAsync(string token, string authenticationScheme, CancellationToken ct)
    {
        var hash = ApiTokenHash.Of(token);
        var userId = await db.ApiTokens
            .Where(t => t.TokenHash == hash && t.RevokedAt == null)
            .Select(t => t.UserId)
            .SingleOrDefaultAsync(ct);
        if (userId is null || await users.FindByIdAsync(userId) is not { } user)
        {
            return null;
        }

        // Password lockout is deliberately not checked: a password-guessing attacker must not be able to cut a finder's device off.
        var principal = await claims.CreateAsync(user);
        var identity = principal.Identities.Single();
        return new ClaimsPrincipal(new ClaimsIdentity(identity.Claims, authenticationScheme, identity.NameClaimType, identity.RoleClaimType));
    }
}
