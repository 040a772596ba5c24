using Mediator;
using Sac.Application.Common;
using Sac.Application.Common.Ports;
using Sac.Application.DataProtection;
using Sac.Domain.Calendar;
using Sac.Domain.Common;
using Sac.Domain.Offenders;

namespace Sac.Application.Cases.SearchCases;

internal sealed class SearchCasesHandler(ICurrentUser user, ICaseReadService reads, TimeProvider clock)
    : IQueryHandler<SearchCasesQuery, Result<PagedList<CaseSummary>>>
{
    public async ValueTask<Result<PagedList<CaseSummary>>> Handle(SearchCasesQuery query, CancellationToken cancellationToken)
    {
        var municipalities = query.Municipality is { } nis
            ? user.Municipalities.Where(m => m == nis).ToList()
            : [.. user.Municipalities];
        var criteria = new CaseSearchCriteria(
            municipalities,
            query.Status,
            Normalised(query.NationalRegisterNumber, n => NationalRegisterNumber.Create(n).Match(v => v.Value, _ => n)),
            Normalised(query.Plate, p => new string([.. p.Where(char.IsLetterOrDigit)]).ToUpperInvariant()),
            query.FactsFrom,
            query.FactsTo,
            query.Queue,
            query.Page,
            query.PageSize,
            BelgianTime.DateOf(clock.GetUtcNow()),
            query.CountAtMost);
        return (await reads.SearchAsync(criteria, cancellationToken)).DisclosedTo(user);
    }

    private static string? Normalised(string? text, Func<string, string> normalise) =>
        string.IsNullOrWhiteSpace(text) ? null : normalise(text.Trim());
}
