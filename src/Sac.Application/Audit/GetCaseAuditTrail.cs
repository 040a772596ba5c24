using Mediator;
using Sac.Application.Common;
using Sac.Application.Common.Ports;
using Sac.Domain.Common;

namespace Sac.Application.Audit;

/// <summary>
/// The audit entries of one case, oldest first, for its page: what each step changed (status A → B, version). Whoever may
/// read the case may read them (the timeline already says who did what); 404 otherwise, as for the case itself.
/// </summary>
public sealed record GetCaseAuditTrailQuery(Guid CaseId) : IQuery<Result<IReadOnlyList<AuditLine>>>;

internal sealed class GetCaseAuditTrailHandler(ICurrentUser user, IAuditReadService reads)
    : IQueryHandler<GetCaseAuditTrailQuery, Result<IReadOnlyList<AuditLine>>>
{
    public async ValueTask<Result<IReadOnlyList<AuditLine>>> Handle(GetCaseAuditTrailQuery query, CancellationToken cancellationToken) =>
        await reads.ListForCaseIfReadableAsync(query.CaseId, user, cancellationToken);
}

internal static class CaseAuditTrail
{
    /// <summary>The entries of a case, oldest first, for a user who may read the case; 404 otherwise.</summary>
    public static async Task<Result<IReadOnlyList<AuditLine>>> ListForCaseIfReadableAsync(
        this IAuditReadService reads, Guid caseId, ICurrentUser user, CancellationToken cancellationToken)
    {
        var lines = await reads.ListForCaseAsync(caseId, cancellationToken);

        // Every entry of a case carries the case's municipality; none at all reads as an unknown case.
        return lines.Count > 0 && lines.All(l => l.Municipality is { } nis && user.BelongsTo(nis))
            ? Result<IReadOnlyList<AuditLine>>.Success(lines)
            : ApplicationErrors.NotFound("The case");
    }
}
