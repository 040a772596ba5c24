using Mediator;
using Sac.Application.Common;
using Sac.Application.Common.Ports;
using Sac.Domain.Common;

namespace Sac.Application.Users;

/// <summary>
/// Deactivates a user (they cannot sign in, their API tokens stop authenticating at once) or reactivates them. Nobody
/// deactivates themselves, nor the last active administrator of a municipality.
/// </summary>
public sealed record ChangeUserActivationCommand(string Id, bool Active) : ICommand<Result>;

internal sealed class ChangeUserActivationHandler(ICurrentUser user, IUserAccounts accounts) : ICommandHandler<ChangeUserActivationCommand, Result>
{
    public async ValueTask<Result> Handle(ChangeUserActivationCommand command, CancellationToken cancellationToken)
    {
        if (await accounts.FindAsync(command.Id, cancellationToken) is not { } before)
        {
            return ApplicationErrors.NotFound("The user");
        }

        if (!user.Administers(before))
        {
            return UserErrors.NotYourUser;
        }

        if (before.IsActive == command.Active)
        {
            return Result.Success();
        }

        if (!command.Active && user.IsSelf(before))
        {
            return UserErrors.CannotDeactivateSelf;
        }

        if (await accounts.WouldBeLeftWithoutAsync(before, before with { IsActive = command.Active }, cancellationToken))
        {
            return UserErrors.LastAdministrator;
        }

        await accounts.SetActiveAsync(before.Id, command.Active, cancellationToken);
        return Result.Success();
    }
}
