using Mediator;
using Sac.Application.Common;
using Sac.Application.Common.Ports;
using Sac.Application.Users;
using Sac.Domain.Common;

namespace Sac.Application.Tokens;

/// <summary>
/// Revokes an API token: its owner may, a municipal administrator for the users whose devices they manage
/// (<see cref="UserOversight.ManagesDevicesOf"/>), a system administrator anyone's. The token stops authenticating at
/// once; the row stays as a trace of who had access when, and the revocation is in the audit trail.
/// </summary>
public sealed record RevokeApiTokenCommand(Guid Id) : ICommand<Result>;

internal sealed class RevokeApiTokenHandler(IApiTokenStore tokens, IUserAccounts accounts, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<RevokeApiTokenCommand, Result>
{
    public async ValueTask<Result> Handle(RevokeApiTokenCommand command, CancellationToken cancellationToken)
    {
        if (await tokens.FindOwnerAsync(command.Id, cancellationToken) is not { } owner)
        {
            return ApplicationErrors.NotFound("The token");
        }

        if (await accounts.FindByEmailAsync(owner, cancellationToken) is not { } holder || !user.ManagesDevicesOf(holder))
        {
            return ApplicationErrors.Forbidden("Only the token's owner or an administrator of all their municipalities may revoke it.");
        }

        await tokens.RevokeAsync(command.Id, clock.GetUtcNow(), cancellationToken);
        return Result.Success();
    }
}
