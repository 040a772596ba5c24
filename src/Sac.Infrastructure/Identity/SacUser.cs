using Microsoft.AspNetCore.Identity;

namespace Sac.Infrastructure.Identity;

/// <summary>A person who signs in to Sac; the user name is the e-mail address.</summary>
public sealed class SacUser : IdentityUser
{
    /// <summary>
    /// A deactivated user is locked out for ever: Identity's sign-in refuses them with no column of our own, and a lockout
    /// for failed passwords never ends this late, so the two are told apart.
    /// </summary>
    public static readonly DateTimeOffset DeactivatedUntil = DateTimeOffset.MaxValue;

    public string DisplayName { get; set; } = string.Empty;

    /// <summary>"nl" or "fr": the language of the interface and of the letters the user prepares.</summary>
    public string PreferredLanguage { get; set; } = "nl";

    public bool IsDeactivated => LockoutEnd == DeactivatedUntil;

    /// <summary>A new security stamp ends the user's browser sessions at their next check.</summary>
    public void Deactivate()
    {
        LockoutEnabled = true;
        LockoutEnd = DeactivatedUntil;
        SecurityStamp = Guid.NewGuid().ToString();
    }

    public void Reactivate()
    {
        LockoutEnd = null;
        AccessFailedCount = 0;
    }
}
