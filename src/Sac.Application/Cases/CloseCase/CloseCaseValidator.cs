using FluentValidation;

namespace Sac.Application.Cases.CloseCase;

internal sealed class CloseCaseValidator : AbstractValidator<CloseCaseCommand>
{
    public CloseCaseValidator()
    {
        RuleFor(c => c.Reason).NotNull().IsInEnum();
        RuleFor(c => c.Note).MaximumLength(2000);
    }
}
