using FluentValidation;
using Mediator;
using Sac.Application.Common;
using Sac.Application.Common.Ports;
using Sac.Application.Users;
using Sac.Domain.Common;

namespace Sac.Application.Tokens;

/// <summary>
/// Issues an API token for a finder's device: a finder for themselves, an administrator for a finder whose devices they
/// manage (<see cref="UserOversight.ManagesDevicesOf"/>). The token is returned once; the issuance is audited.
/// </summary>
/// <param name="OwnerId">The finder's user id.</param>
/// <param name="Name">What the token is for, e.g. "Telefoon wijkteam 3".</param>
public sealed record IssueApiTokenCommand(string? OwnerId, string? Name) : ICommand<Result<IssuedApiToken>>;

/// <param name="Token">The bearer token, to hand to the device now: it is not shown again.</param>
public sealed record IssuedApiToken(Guid Id, string Token);

internal sealed class IssueApiTokenValidator : AbstractValidator<IssueApiTokenCommand>
{
    public IssueApiTokenValidator()
    {
        RuleFor(c => c.OwnerId).NotEmpty();
        RuleFor(c => c.Name).NotEmpty().MaximumLength(100);
    }
}

internal sealed class IssueApiTokenHandler(IApiTokenStore tokens, IUserAccounts accounts, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<IssueApiTokenCommand, Result<IssuedApiToken>>
{
    public async ValueTask<Result<IssuedApiToken>> Handle(IssueApiTokenCommand command, CancellationToken cancellationToken)
    {
        if (await accounts.FindAsync(command.OwnerId!, cancellationToken) is not { } owner || !user.ManagesDevicesOf(owner))
        {
            return ApplicationErrors.Forbidden("You may not issue tokens for this user.");
        }

        if (!owner.IsIn(Roles.Finder))
        {
            return UserErrors.NotAFinder;
        }

        if (!owner.IsActive)
        {
            return UserErrors.Deactivated;
        }

        return await tokens.IssueAsync(owner.Id, command.Name!.Trim(), clock.GetUtcNow(), cancellationToken);
    }
}

/// <summary>The finders the user may issue a device token for: themselves if they are one, those whose devices they manage.</summary>
public sealed record ListTokenHoldersQuery : IQuery<IReadOnlyList<UserAccount>>;

internal sealed class ListTokenHoldersHandler(IUserAccounts accounts, ICurrentUser user) : IQueryHandler<ListTokenHoldersQuery, IReadOnlyList<UserAccount>>
{
    public async ValueTask<IReadOnlyList<UserAccount>> Handle(ListTokenHoldersQuery query, CancellationToken cancellationToken) =>
        [.. (await accounts.ListAsync(cancellationToken)).Where(u => u.IsActive && u.IsIn(Roles.Finder) && user.ManagesDevicesOf(u))];
}
