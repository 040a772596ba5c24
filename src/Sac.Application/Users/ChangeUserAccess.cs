using FluentValidation;
using Mediator;
using Sac.Application.Common;
using Sac.Application.Common.Ports;
using Sac.Domain.Common;

namespace Sac.Application.Users;

/// <summary>
/// Sets a user's roles and municipalities as far as the administrator's own reach: roles they may not grant and
/// municipalities they do not administer stay as they are on the user.
/// </summary>
public sealed record ChangeUserAccessCommand(string Id, IReadOnlyList<string> Roles, IReadOnlyList<string> Municipalities) : ICommand<Result>;

internal sealed class ChangeUserAccessValidator : AbstractValidator<ChangeUserAccessCommand>
{
    public ChangeUserAccessValidator()
    {
        RuleForEach(c => c.Roles).Must(Roles.All.Contains).WithErrorCode("UNKNOWN_ROLE");
    }
}

internal sealed class ChangeUserAccessHandler(ICurrentUser user, IUserAccounts accounts, IMunicipalityRepository municipalities)
    : ICommandHandler<ChangeUserAccessCommand, Result>
{
    public async ValueTask<Result> Handle(ChangeUserAccessCommand command, CancellationToken cancellationToken)
    {
        if (await accounts.FindAsync(command.Id, cancellationToken) is not { } before)
        {
            return ApplicationErrors.NotFound("The user");
        }

        if (!user.Administers(before))
        {
            return UserErrors.NotYourUser;
        }

        var roles = command.Roles.ToHashSet();
        var municipalitiesAsked = command.Municipalities.ToHashSet();
        var refusals = await municipalities.RefusalsAsync(
            user, roles.Except(before.Roles).Concat(before.Roles.Except(roles)), [.. municipalitiesAsked.Except(before.Municipalities)], cancellationToken);
        if (refusals.Count > 0)
        {
            return Result.Failure(refusals);
        }

        // A municipality outside the administrator's reach is neither taken away nor given.
        var kept = before.Municipalities.Where(nis => !user.IsInRole(Roles.SystemAdmin) && !user.BelongsTo(nis));
        var after = before with { Roles = roles, Municipalities = municipalitiesAsked.Union(kept).ToHashSet() };
        if (await accounts.WouldBeLeftWithoutAsync(before, after, cancellationToken))
        {
            return UserErrors.LastAdministrator;
        }

        await accounts.ChangeAccessAsync(before.Id, after.Roles, after.Municipalities, cancellationToken);
        return Result.Success();
    }
}
