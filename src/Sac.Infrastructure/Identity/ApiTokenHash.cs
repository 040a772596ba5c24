using System.Security.Cryptography;
using System.Text;

namespace Sac.Infrastructure.Identity;

/// <summary>
/// Bearer tokens are stored only as this digest, so a leaked database does not leak usable tokens.
/// A plain SHA-256 suffices (no salt, no stretching): tokens are long random strings, not passwords,
/// and an unsalted digest can be looked up by index.
/// </summary>
public static class ApiTokenHash
{
    /// <summary>The lowercase hexadecimal SHA-256 of the token's UTF-8 bytes.</summary>
    public static string Of(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
    }
}
