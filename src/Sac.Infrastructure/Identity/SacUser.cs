using Microsoft.AspNetCore.Identity;

namespace Sac.Infrastructure.Identity;

/// <summary>A person who signs in to Sac; the user name is the e-mail address.</summary>
public sealed class SacUser : IdentityUser
{
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>"nl" or "fr": the language of the interface and of the letters the user prepares.</summary>
    public string PreferredLanguage { get; set; } = "nl";
}
