using FluentValidation;
using Mediator;
using Sac.Application.Common;
using Sac.Application.Common.Ports;
using Sac.Domain.Common;

namespace Sac.Application.Audit;

/// <summary>
/// The audit trail for the auditor: newest first, filtered by day (Brussels, inclusive), user, action, municipality and
/// subject, limited to the auditor's municipalities. <see cref="Export"/> reads every matching line (up to
/// <see cref="AuditScope.ExportLimit"/>) for a spreadsheet.
/// </summary>
public sealed record SearchAuditEntriesQuery(
    DateOnly? From = null,
    DateOnly? To = null,
    string? User = null,
    string? Action = null,
    string? Municipality = null,
    string? Subject = null,
    int Page = 1,
    int PageSize = 50,
    bool Export = false) : IQuery<Result<PagedList<AuditLine>>>;

internal sealed class SearchAuditEntriesHandler(ICurrentUser user, IAuditReadService reads)
    : IQueryHandler<SearchAuditEntriesQuery, Result<PagedList<AuditLine>>>
{
    public async ValueTask<Result<PagedList<AuditLine>>> Handle(SearchAuditEntriesQuery query, CancellationToken cancellationToken)
    {
        if (!user.IsInRole(Roles.Auditor))
        {
            return AuditScope.NotAnAuditor;
        }

        var (page, pageSize) = AuditScope.Paging(query.Page, query.PageSize, query.Export);
        var criteria = new AuditEntryCriteria(
            AuditScope.Municipalities(user, query.Municipality),
            AuditScope.StartOf(query.From),
            AuditScope.EndOf(query.To),
            AuditScope.Trimmed(query.User),
            AuditScope.Trimmed(query.Action),
            AuditScope.Trimmed(query.Subject),
            page,
            pageSize);
        return await reads.SearchEntriesAsync(criteria, cancellationToken);
    }
}

internal sealed class SearchAuditEntriesValidator : AbstractValidator<SearchAuditEntriesQuery>
{
    public SearchAuditEntriesValidator()
    {
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1);
        RuleFor(q => q.PageSize).InclusiveBetween(1, AuditScope.MaximumPageSize);
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).When(q => q.From is not null && q.To is not null);
        RuleFor(q => q.User).MaximumLength(256);
        RuleFor(q => q.Action).MaximumLength(50);
        RuleFor(q => q.Subject).MaximumLength(200);
    }
}
