using FluentValidation;
using Sac.Application.Offenders;

namespace Sac.Application.Register.ImportRegisterEntry;

internal sealed class ImportRegisterEntryValidator : AbstractValidator<ImportRegisterEntryCommand>
{
    public ImportRegisterEntryValidator()
    {
        RuleFor(c => c.Municipality).NotEmpty().Matches("^[0-9]{5}$").WithErrorCode("NIS_FORMAT");
        RuleFor(c => c.InfractionCode).NotEmpty().MaximumLength(50);
        RuleFor(c => c.DecidedAt).NotNull();
        RuleFor(c => c.Kind).NotNull().IsInEnum();
        RuleFor(c => c.Amount).PrecisionScale(8, 2, ignoreTrailingZeros: true).When(c => c.Amount is not null);
        RuleFor(c => c.Offender).NotNull().SetValidator(new OffenderInputValidator()!);
    }
}
