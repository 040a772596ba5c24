using Mediator;
using Sac.Application.Common;
using Sac.Application.Common.Ports;

namespace Sac.Application.Tokens;

/// <summary>One API token as a list shows it; the token itself is not there, since only its hash is kept.</summary>
/// <param name="Name">What the token is for, e.g. the device it was given to.</param>
public sealed record ApiTokenLine(Guid Id, string Owner, string Name, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt)
{
    public bool IsRevoked => RevokedAt is not null;
}

/// <summary>
/// The API tokens the signed-in user may revoke (<see cref="RevokeApiTokenCommand"/>): their own, or everyone's for a
/// system administrator.
/// </summary>
public sealed record ListApiTokensQuery : IQuery<IReadOnlyList<ApiTokenLine>>;

internal sealed class ListApiTokensHandler(IApiTokenStore tokens, ICurrentUser user) : IQueryHandler<ListApiTokensQuery, IReadOnlyList<ApiTokenLine>>
{
    public async ValueTask<IReadOnlyList<ApiTokenLine>> Handle(ListApiTokensQuery query, CancellationToken cancellationToken) =>
        await tokens.ListAsync(user.IsInRole(Roles.SystemAdmin) ? null : user.Name, cancellationToken);
}
