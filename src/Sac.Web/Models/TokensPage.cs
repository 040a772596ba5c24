using Sac.Application.Tokens;

namespace Sac.Web.Models;

/// <summary>The API tokens the user may revoke; administrators see those of others too, with their owner.</summary>
/// <param name="Revoked">The token just revoked, to say so above the list (Post/Redirect/Get).</param>
/// <param name="MayIssue">Whether the user may issue a token for anyone (themselves as a finder, or the finders they manage).</param>
public sealed record TokensPage(IReadOnlyList<ApiTokenLine> Tokens, bool ShowsOwners, ApiTokenLine? Revoked, bool MayIssue);

/// <summary>A token just issued, shown this once.</summary>
public sealed record IssuedTokenPage(string Name, string Token);
