using Mediator;
using Sac.Application.Common.Ports;

namespace Sac.Application.Users;

/// <summary>One user to change, if the administrator administers them.</summary>
public sealed record GetUserQuery(string Id) : IQuery<UserAccount?>;

internal sealed class GetUserHandler(ICurrentUser user, IUserAccounts accounts) : IQueryHandler<GetUserQuery, UserAccount?>
{
    public async ValueTask<UserAccount?> Handle(GetUserQuery query, CancellationToken cancellationToken) =>
        await accounts.FindAsync(query.Id, cancellationToken) is { } found && user.Administers(found) ? found : null;
}
