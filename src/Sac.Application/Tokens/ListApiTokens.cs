using Mediator;
using Sac.Application.Common;
using Sac.Application.Common.Ports;
using Sac.Application.Users;

namespace Sac.Application.Tokens;

/// <summary>One API token as a list shows it; the token itself is not there, since only its hash is kept.</summary>
/// <param name="Name">What the token is for, e.g. the device it was given to.</param>
public sealed record ApiTokenLine(Guid Id, string Owner, string Name, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt)
{
    public bool IsRevoked => RevokedAt is not null;
}

/// <summary>
/// The API tokens the signed-in user may revoke (<see cref="RevokeApiTokenCommand"/>): their own, those of the users
/// whose devices a municipal administrator manages, everyone's for a system administrator.
/// </summary>
public sealed record ListApiTokensQuery : IQuery<IReadOnlyList<ApiTokenLine>>;

internal sealed class ListApiTokensHandler(IApiTokenStore tokens, IUserAccounts accounts, ICurrentUser user)
    : IQueryHandler<ListApiTokensQuery, IReadOnlyList<ApiTokenLine>>
{
    public async ValueTask<IReadOnlyList<ApiTokenLine>> Handle(ListApiTokensQuery query, CancellationToken cancellationToken)
    {
        if (user.IsInRole(Roles.SystemAdmin))
        {
            return await tokens.ListAsync(owner: null, cancellationToken);
        }

        if (!user.IsInRole(Roles.MunicipalAdmin))
        {
            return await tokens.ListAsync(user.Name, cancellationToken);
        }

        var managed = (await accounts.ListAsync(cancellationToken)).Where(user.ManagesDevicesOf).Select(u => u.Email).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return [.. (await tokens.ListAsync(owner: null, cancellationToken)).Where(t => managed.Contains(t.Owner))];
    }
}
