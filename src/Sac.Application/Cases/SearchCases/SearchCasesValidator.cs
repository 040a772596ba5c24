using FluentValidation;
using Sac.Domain.Offenders;

namespace Sac.Application.Cases.SearchCases;

/// <summary>
/// A filter that cannot be a value of its kind is a mistake to tell the caller about, not a question with an empty answer:
/// a NIS code of four digits, a national register number with a wrong checksum, markup in a plate.
/// </summary>
internal sealed class SearchCasesValidator : AbstractValidator<SearchCasesQuery>
{
    public const int MaximumPageSize = 200;

    private const int MaximumPlateLength = 20;

    public SearchCasesValidator()
    {
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1);
        RuleFor(q => q.Queue).IsInEnum();
        RuleFor(q => q.PageSize).InclusiveBetween(1, MaximumPageSize);
        RuleFor(q => q.FactsTo).GreaterThanOrEqualTo(q => q.FactsFrom).When(q => q.FactsFrom is not null && q.FactsTo is not null);
        RuleFor(q => q.Municipality).Matches("^[0-9]{5}$").WithErrorCode("NIS_FORMAT").When(q => !string.IsNullOrWhiteSpace(q.Municipality));
        RuleFor(q => q.NationalRegisterNumber)
            .Must(n => NationalRegisterNumber.Create(n!.Trim()).IsSuccess)
            .When(q => !string.IsNullOrWhiteSpace(q.NationalRegisterNumber))
            .WithErrorCode("NRN_INVALID").WithMessage("This is not a valid national register number.");
        RuleFor(q => q.Plate)
            .Must(p => p!.Length <= MaximumPlateLength && p.All(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '.'))
            .When(q => !string.IsNullOrWhiteSpace(q.Plate))
            .WithErrorCode("PLATE_FORMAT").WithMessage("The licence plate has an unknown format.");
    }
}
