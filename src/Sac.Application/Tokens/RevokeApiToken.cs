using Mediator;
using Sac.Application.Common;
using Sac.Application.Common.Ports;
using Sac.Domain.Common;

namespace Sac.Application.Tokens;

/// <summary>
/// Revokes an API token: its owner may, and a system administrator may revoke anyone's. The token stops authenticating at
/// once; the row stays as a trace of who had access when, and the revocation is in the audit trail.
/// </summary>
public sealed record RevokeApiTokenCommand(Guid Id) : ICommand<Result>;

internal sealed class RevokeApiTokenHandler(IApiTokenStore tokens, ICurrentUser user, TimeProvider clock) : ICommandHandler<RevokeApiTokenCommand, Result>
{
    public async ValueTask<Result> Handle(RevokeApiTokenCommand command, CancellationToken cancellationToken)
    {
        if (await tokens.FindOwnerAsync(command.Id, cancellationToken) is not { } owner)
        {
            return ApplicationErrors.NotFound("The token");
        }

        if (!string.Equals(owner, user.Name, StringComparison.OrdinalIgnoreCase) && !user.IsInRole(Roles.SystemAdmin))
        {
            return ApplicationErrors.Forbidden("Only the token's owner or a system administrator may revoke it.");
        }

        await tokens.RevokeAsync(command.Id, clock.GetUtcNow(), cancellationToken);
        return Result.Success();
    }
}
