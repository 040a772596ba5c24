using FluentValidation;
using Sac.Application.Municipalities.DefineInfraction;

namespace Sac.Application.Municipalities.ImportRegulation;

/// <summary>Each row is checked as a hand-made version is, and a file of the regulation stays a size people read.</summary>
internal sealed class ImportRegulationValidator : AbstractValidator<ImportRegulationCommand>
{
    public const int MaximumRows = 5000;

    public ImportRegulationValidator()
    {
        RuleFor(c => c.Versions).NotEmpty();
        RuleFor(c => c.Versions.Count).LessThanOrEqualTo(MaximumRows).WithErrorCode("TOO_MANY_ROWS").OverridePropertyName("versions");
        RuleForEach(c => c.Versions).ChildRules(version =>
        {
            version.RuleFor(v => v.Definition).SetValidator(new DefineInfractionValidator());
            version.RuleFor(v => v.ValidTo).GreaterThanOrEqualTo(v => v.Definition.ValidFrom).WithErrorCode("VALID_TO_BEFORE_VALID_FROM").When(v => v.ValidTo is not null && v.Definition.ValidFrom is not null);
        });
    }
}
