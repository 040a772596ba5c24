using FluentValidation;

namespace Sac.Application.Cases.SearchCases;

internal sealed class SearchCasesValidator : AbstractValidator<SearchCasesQuery>
{
    public const int MaximumPageSize = 200;

    public SearchCasesValidator()
    {
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1);
        RuleFor(q => q.Queue).IsInEnum();
        RuleFor(q => q.PageSize).InclusiveBetween(1, MaximumPageSize);
        RuleFor(q => q.FactsTo).GreaterThanOrEqualTo(q => q.FactsFrom).When(q => q.FactsFrom is not null && q.FactsTo is not null);
    }
}
