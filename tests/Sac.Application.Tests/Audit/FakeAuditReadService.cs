using Sac.Application.Audit;
using Sac.Application.Common;

namespace Sac.Application.Tests.Audit;

/// <summary>Remembers the criteria it was asked with and answers what it was given.</summary>
internal sealed class FakeAuditReadService : IAuditReadService
{
    public AuditEntryCriteria? EntryCriteria { get; private set; }

    public RegistryAccessCriteria? AccessCriteria { get; private set; }

    public List<AuditLine> CaseLines { get; } = [];

    public Task<PagedList<AuditLine>> SearchEntriesAsync(AuditEntryCriteria criteria, CancellationToken cancellationToken)
    {
        EntryCriteria = criteria;
        return Task.FromResult(new PagedList<AuditLine>([], 0, criteria.Page, criteria.PageSize));
    }

    public Task<PagedList<RegistryAccessLine>> SearchRegistryAccessesAsync(RegistryAccessCriteria criteria, CancellationToken cancellationToken)
    {
        AccessCriteria = criteria;
        return Task.FromResult(new PagedList<RegistryAccessLine>([], 0, criteria.Page, criteria.PageSize));
    }

    public Task<IReadOnlyList<AuditLine>> ListForCaseAsync(Guid caseId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AuditLine>>([.. CaseLines.Where(l => l.SubjectId == caseId.ToString())]);
}
