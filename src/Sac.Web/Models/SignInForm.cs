namespace Sac.Web.Models;

public sealed class SignInForm
{
    public string? Email { get; set; }

    public string? Password { get; set; }

    /// <summary>Where to go after signing in; honoured only when it is a local URL.</summary>
    public string? ReturnUrl { get; set; }
}
