using Sac.Application.Cases.Collection;
using Sac.Application.Cases.Dashboard;
using Sac.Application.Cases.SearchCases;
using Sac.Application.Common;
using Sac.Application.Common.Ports;

namespace Sac.Application.Tests.Fakes;

/// <summary>
/// Records the criteria the handler built and answers an empty page; the due cases are what a test puts in <see cref="Due"/>,
/// the fines in collection what it puts in <see cref="InCollection"/>, the queue counters what it puts in <see cref="QueueCounts"/> (both answered for the municipalities asked).
/// </summary>
internal sealed class FakeCaseReadService : ICaseReadService
{
    public CaseSearchCriteria? LastCriteria { get; private set; }

    public Task<PagedList<CaseSummary>> SearchAsync(CaseSearchCriteria criteria, CancellationToken cancellationToken)
    {
        LastCriteria = criteria;
        return Task.FromResult(new PagedList<CaseSummary>([], 0, criteria.Page, criteria.PageSize));
    }

    public List<Guid> Due { get; } = [];

    /// <summary>The day the last due-case query was asked for.</summary>
    public DateOnly? DueAskedFor { get; private set; }

    public Task<IReadOnlyList<Guid>> FindDueCaseIdsAsync(DateOnly today, CancellationToken cancellationToken)
    {
        DueAskedFor = today;
        return Task.FromResult<IReadOnlyList<Guid>>(Due);
    }

    public List<CollectionLine> InCollection { get; } = [];

    /// <summary>The municipalities the last collection query was asked for.</summary>
    public IReadOnlyCollection<string>? CollectionAskedFor { get; private set; }

    public Task<IReadOnlyList<CollectionLine>> ListInCollectionAsync(IReadOnlyCollection<string> municipalities, CancellationToken cancellationToken)
    {
        CollectionAskedFor = municipalities;
        return Task.FromResult<IReadOnlyList<CollectionLine>>([.. InCollection.Where(l => municipalities.Contains(l.Municipality))]);
    }

    public List<QueueCount> QueueCounts { get; } = [];

    /// <summary>The municipalities and the day the last work-queue count was asked for.</summary>
    public (IReadOnlyCollection<string> Municipalities, DateOnly Today)? QueuesAskedFor { get; private set; }

    public Task<IReadOnlyList<QueueCount>> CountWorkQueuesAsync(IReadOnlyCollection<string> municipalities, DateOnly today, CancellationToken cancellationToken)
    {
        QueuesAskedFor = (municipalities, today);
        return Task.FromResult<IReadOnlyList<QueueCount>>([.. QueueCounts.Where(c => municipalities.Contains(c.Municipality))]);
    }
}
