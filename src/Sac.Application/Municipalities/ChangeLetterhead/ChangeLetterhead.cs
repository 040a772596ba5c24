using FluentValidation;
using Mediator;
using Sac.Application.Common;
using Sac.Application.Common.Ports;
using Sac.Domain.Common;
using Sac.Domain.Municipalities;

namespace Sac.Application.Municipalities.ChangeLetterhead;

/// <summary>The sender block of the municipality's letters and the bank account fines are paid into.</summary>
public sealed record ChangeLetterheadCommand(
    string Nis, string? Street, string? PostalCode, string? City, string? OfficialName, string? Email, string? Phone, string? Iban, string? Bic,
    string? DefaultLanguage) : ICommand<Result>;

internal sealed class ChangeLetterheadValidator : AbstractValidator<ChangeLetterheadCommand>
{
    public ChangeLetterheadValidator()
    {
        RuleFor(c => c.Street).NotEmpty().MaximumLength(200);
        RuleFor(c => c.PostalCode).NotEmpty().MaximumLength(20);
        RuleFor(c => c.City).NotEmpty().MaximumLength(100);
        RuleFor(c => c.OfficialName).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Email).NotEmpty().EmailAddress().MaximumLength(256);
        RuleFor(c => c.Phone).NotEmpty().MaximumLength(40);
        RuleFor(c => c.Iban).NotEmpty().MaximumLength(42);
        RuleFor(c => c.Bic).NotEmpty().Matches("^[A-Za-z]{6}[A-Za-z0-9]{2}([A-Za-z0-9]{3})?$").WithErrorCode("BIC_INVALID");
        RuleFor(c => c.DefaultLanguage).NotEmpty();
    }
}

internal sealed class ChangeLetterheadHandler(ICurrentUser user, IMunicipalityRepository municipalities) : ICommandHandler<ChangeLetterheadCommand, Result>
{
    public async ValueTask<Result> Handle(ChangeLetterheadCommand command, CancellationToken cancellationToken)
    {
        var access = await municipalities.GetToActOnAsync(user, command.Nis, ApplicationErrors.NotFound("The municipality"), cancellationToken);
        if (access.IsFailure)
        {
            return access;
        }

        var letterhead = Letterhead.Create(
            command.Street!, command.PostalCode!, command.City!, command.OfficialName!, command.Email!, command.Phone!, command.Iban!, command.Bic!,
            command.DefaultLanguage!);
        if (letterhead.IsFailure)
        {
            return letterhead;
        }

        access.Value.ChangeLetterhead(letterhead.Value);
        return Result.Success();
    }
}
