using Sac.Application.Cases.SearchCases;

namespace Sac.Application.Common.Ports;

/// <summary>The read side of cases: projections straight from the database, no aggregates loaded.</summary>
public interface ICaseReadService
{
    Task<PagedList<CaseSummary>> SearchAsync(CaseSearchCriteria criteria, CancellationToken cancellationToken);
}
