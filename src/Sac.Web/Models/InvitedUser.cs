namespace Sac.Web.Models;

/// <summary>The invitation just made: the link is shown this once, for the administrator to send to <paramref name="Email"/>.</summary>
public sealed record InvitedUser(string Email, string Link);
