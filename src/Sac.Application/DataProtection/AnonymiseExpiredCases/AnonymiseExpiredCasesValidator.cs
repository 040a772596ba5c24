using FluentValidation;

namespace Sac.Application.DataProtection.AnonymiseExpiredCases;

internal sealed class AnonymiseExpiredCasesValidator : AbstractValidator<AnonymiseExpiredCasesCommand>
{
    public AnonymiseExpiredCasesValidator() =>
        RuleFor(c => c.BatchSize).InclusiveBetween(1, AnonymiseExpiredCasesCommand.MaximumBatchSize);
}
