using Sac.Application.Cases.Collection;
using Sac.Application.Cases.SearchCases;
using Sac.Application.Common;
using Sac.Application.Common.Ports;

namespace Sac.Application.Tests.Fakes;

/// <summary>Records the criteria the handler built and answers an empty page; the due cases are what a test puts in <see cref="Due"/>.</summary>
internal sealed class FakeCaseReadService : ICaseReadService
{
    public CaseSearchCriteria? LastCriteria { get; private set; }

    public Task<PagedList<CaseSummary>> SearchAsync(CaseSearchCriteria criteria, CancellationToken cancellationToken)
    {
        LastCriteria = criteria;
        return Task.FromResult(new PagedList<CaseSummary>([], 0, criteria.Page, criteria.PageSize));
    }

    public List<Guid> Due { get; } = [];

    public Task<IReadOnlyList<Guid>> FindDueCaseIdsAsync(DateOnly today, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Guid>>(Due);

    public Task<IReadOnlyList<CollectionLine>> ListInCollectionAsync(IReadOnlyCollection<string> municipalities, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<CollectionLine>>([]);
}
