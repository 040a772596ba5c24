using FluentValidation;

namespace Sac.Application.Municipalities.DefineInfraction;

internal sealed class DefineInfractionValidator : AbstractValidator<DefineInfractionCommand>
{
    public DefineInfractionValidator()
    {
        RuleFor(c => c.Code).NotEmpty().MaximumLength(50).Matches("^[A-Z0-9][A-Z0-9-]*$").WithErrorCode("CODE_FORMAT");
        RuleFor(c => c.Category).NotNull().IsInEnum();
        RuleFor(c => c.Article).NotEmpty().MaximumLength(100);
        RuleFor(c => c.TextNl).NotEmpty().MaximumLength(1000);
        RuleFor(c => c.TextFr).NotEmpty().MaximumLength(1000);
        RuleFor(c => c.ValidFrom).NotNull();
    }
}
