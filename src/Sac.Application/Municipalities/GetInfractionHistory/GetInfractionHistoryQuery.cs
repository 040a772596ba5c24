using Mediator;
using Sac.Application.Audit;
using Sac.Application.Common;
using Sac.Application.Common.Ports;
using Sac.Domain.Audit;
using Sac.Domain.Common;

namespace Sac.Application.Municipalities.GetInfractionHistory;

/// <summary>
/// Who changed which version of one infraction and when, newest first, from the audit trail: the administrators of the
/// municipality read their own regulation's changes (the auditor's queries show them too, with everything else).
/// </summary>
public sealed record GetInfractionHistoryQuery(string Nis, string Code) : IQuery<Result<IReadOnlyList<AuditLine>>>;

internal sealed class GetInfractionHistoryHandler(ICurrentUser user, IAuditReadService reads)
    : IQueryHandler<GetInfractionHistoryQuery, Result<IReadOnlyList<AuditLine>>>
{
    /// <summary>More changes than an administrator reads on one page; the auditor's trail keeps them all.</summary>
    public const int Limit = 200;

    public async ValueTask<Result<IReadOnlyList<AuditLine>>> Handle(GetInfractionHistoryQuery query, CancellationToken cancellationToken)
    {
        if (!user.BelongsTo(query.Nis))
        {
            return ApplicationErrors.NotFound("The municipality");
        }

        var entries = await reads.SearchEntriesAsync(
            new AuditEntryCriteria([query.Nis], From: null, Until: null, UserName: null, Action: null, query.Code, Page: 1, Limit), cancellationToken);

        // The subject filter matches any kind of subject: a user could be named like an infraction.
        return entries.Items.Where(e => e.Subject == AuditSubject.Infraction).ToList();
    }
}
