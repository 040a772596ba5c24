using FluentValidation;
using Mediator;
using Sac.Application.Common;
using Sac.Application.Common.Ports;
using Sac.Domain.Common;

namespace Sac.Application.Users;

/// <summary>
/// Creates a user without a password and returns the one-time secret of their invitation link, which the administrator
/// sends them; with it they choose their password. The invitation is in the audit trail, the secret is not.
/// </summary>
public sealed record InviteUserCommand(string? Email, string? DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<string> Municipalities)
    : ICommand<Result<Invitation>>;

/// <param name="Secret">Shown once to the administrator, to send to the invitee; not stored.</param>
public sealed record Invitation(string UserId, string Email, string Secret);

internal sealed class InviteUserValidator : AbstractValidator<InviteUserCommand>
{
    public InviteUserValidator()
    {
        RuleFor(c => c.Email).NotEmpty().EmailAddress().MaximumLength(256);
        RuleFor(c => c.DisplayName).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Roles).NotEmpty();
        RuleForEach(c => c.Roles).Must(Roles.All.Contains).WithErrorCode("UNKNOWN_ROLE");
        RuleFor(c => c.Municipalities).NotEmpty();
    }
}

internal sealed class InviteUserHandler(ICurrentUser user, IUserAccounts accounts, IMunicipalityRepository municipalities)
    : ICommandHandler<InviteUserCommand, Result<Invitation>>
{
    public async ValueTask<Result<Invitation>> Handle(InviteUserCommand command, CancellationToken cancellationToken)
    {
        if (!user.AdministersUsers())
        {
            return UserErrors.NotYourUser;
        }

        var refusals = await municipalities.RefusalsAsync(user, command.Roles, command.Municipalities, cancellationToken);
        if (refusals.Count > 0)
        {
            return Result<Invitation>.Failure(refusals);
        }

        var email = command.Email!.Trim();
        if (await accounts.FindByEmailAsync(email, cancellationToken) is not null)
        {
            return UserErrors.EmailTaken;
        }

        var (id, secret) = await accounts.InviteAsync(
            email, command.DisplayName!.Trim(), command.Roles.ToHashSet(), command.Municipalities.ToHashSet(), cancellationToken);
        return new Invitation(id, email, secret);
    }
}
