using Sac.Application.Tokens;

namespace Sac.Web.Models;

/// <summary>The API tokens the user may revoke; a system administrator sees everyone's, with their owner.</summary>
/// <param name="Revoked">The token just revoked, to say so above the list (Post/Redirect/Get).</param>
public sealed record TokensPage(IReadOnlyList<ApiTokenLine> Tokens, bool ShowsOwners, ApiTokenLine? Revoked);
