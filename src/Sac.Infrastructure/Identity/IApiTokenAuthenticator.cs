using System.Security.Claims;

namespace Sac.Infrastructure.Identity;

/// <summary>Turns a bearer token into the same principal its user gets when signing in with a cookie.</summary>
public interface IApiTokenAuthenticator
{
    /// <returns>The user's principal under <paramref name="authenticationScheme"/>; null for an unknown or revoked token.</returns>
    Task<ClaimsPrincipal?> AuthenticateAsync(string token, string authenticationScheme, CancellationToken ct);
}
