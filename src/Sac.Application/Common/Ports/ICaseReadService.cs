using Sac.Application.Cases.Collection;
using Sac.Application.Cases.Dashboard;
using Sac.Application.Cases.SearchCases;

namespace Sac.Application.Common.Ports;

/// <summary>The read side of cases: projections straight from the database, no aggregates loaded.</summary>
public interface ICaseReadService
{
    Task<PagedList<CaseSummary>> SearchAsync(CaseSearchCriteria criteria, CancellationToken cancellationToken);

    /// <summary>How many cases of each municipality are in each work queue on <paramref name="today"/>; empty queues are left out.</summary>
    Task<IReadOnlyList<QueueCount>> CountWorkQueuesAsync(IReadOnlyCollection<string> municipalities, DateOnly today, CancellationToken cancellationToken);

    /// <summary>Every case whose next deadline falls on or before <paramref name="today"/>.</summary>
    Task<IReadOnlyList<Guid>> FindDueCaseIdsAsync(DateOnly today, CancellationToken cancellationToken);

    /// <summary>The cases handed over to forced collection in these municipalities, oldest hand-over first.</summary>
    Task<IReadOnlyList<CollectionLine>> ListInCollectionAsync(IReadOnlyCollection<string> municipalities, CancellationToken cancellationToken);
}
