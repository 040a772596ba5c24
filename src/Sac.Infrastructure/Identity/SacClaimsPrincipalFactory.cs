using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sac.Infrastructure.Persistence;

namespace Sac.Infrastructure.Identity;

/// <summary>Adds the user's municipalities to the claims Identity builds (name, roles, security stamp).</summary>
internal sealed class SacClaimsPrincipalFactory(
    UserManager<SacUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options,
    SacDbContext db)
    : UserClaimsPrincipalFactory<SacUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(SacUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        var municipalities = await db.UserMunicipalities
            .Where(m => m.UserId == user.Id)
            .Select(m => m.MunicipalityNis)
            .OrderBy(nis => nis)
            .ToListAsync();
        identity.AddClaims(municipalities.Select(nis => new Claim(SacClaimTypes.Municipality, nis)));
        return identity;
    }
}
