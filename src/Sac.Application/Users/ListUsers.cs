using Mediator;
using Sac.Application.Common;
using Sac.Application.Common.Ports;

namespace Sac.Application.Users;

/// <summary>
/// The users an administrator sees: everyone for a system administrator, those who work for one of their municipalities
/// for a municipal administrator; each says whether the administrator may change them.
/// </summary>
public sealed record ListUsersQuery : IQuery<IReadOnlyList<UserLine>>;

public sealed record UserLine(UserAccount Account, bool Administered);

internal sealed class ListUsersHandler(ICurrentUser user, IUserAccounts accounts) : IQueryHandler<ListUsersQuery, IReadOnlyList<UserLine>>
{
    public async ValueTask<IReadOnlyList<UserLine>> Handle(ListUsersQuery query, CancellationToken cancellationToken) =>
        [.. (await accounts.ListAsync(cancellationToken))
            .Where(u => user.IsInRole(Roles.SystemAdmin) || (user.IsInRole(Roles.MunicipalAdmin) && u.Municipalities.Overlaps(user.Municipalities)))
            .Select(u => new UserLine(u, user.Administers(u)))];
}
