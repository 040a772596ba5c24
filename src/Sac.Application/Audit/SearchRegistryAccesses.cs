using FluentValidation;
using Mediator;
using Sac.Application.Common;
using Sac.Application.Common.Ports;
using Sac.Domain.Audit;
using Sac.Domain.Common;

namespace Sac.Application.Audit;

/// <summary>
/// The registry-access log for the auditor (api-v1.md, <c>GET /api/v1/audit/registry-access</c>): every lookup, answered
/// or not, newest first, filtered by day (Brussels, inclusive), user, outcome, registry, purpose, number or plate,
/// reference and municipality, limited to the auditor's municipalities (see <see cref="RegistryAccessCriteria"/> for how
/// a line, which names no municipality, belongs to one).
/// </summary>
public sealed record SearchRegistryAccessesQuery(
    DateOnly? From = null,
    DateOnly? To = null,
    string? User = null,
    RegistryAccessOutcome? Outcome = null,
    RegistryKind? Registry = null,
    RegistryPurpose? Purpose = null,
    string? Subject = null,
    string? Reference = null,
    string? Municipality = null,
    int Page = 1,
    int PageSize = 50,
    bool Export = false) : IQuery<Result<PagedList<RegistryAccessLine>>>;

internal sealed class SearchRegistryAccessesHandler(ICurrentUser user, IAuditReadService reads)
    : IQueryHandler<SearchRegistryAccessesQuery, Result<PagedList<RegistryAccessLine>>>
{
    public async ValueTask<Result<PagedList<RegistryAccessLine>>> Handle(SearchRegistryAccessesQuery query, CancellationToken cancellationToken)
    {
        if (!user.IsInRole(Roles.Auditor))
        {
            return AuditScope.NotAnAuditor;
        }

        var (page, pageSize) = AuditScope.Paging(query.Page, query.PageSize, query.Export);
        var criteria = new RegistryAccessCriteria(
            AuditScope.Municipalities(user, query.Municipality),
            AuditScope.StartOf(query.From),
            AuditScope.EndOf(query.To),
            AuditScope.Trimmed(query.User),
            query.Outcome,
            query.Registry,
            query.Purpose,
            SubjectForms(query.Subject),
            AuditScope.Trimmed(query.Reference),
            page,
            pageSize);
        return await reads.SearchRegistryAccessesAsync(criteria, cancellationToken);
    }

    /// <summary>"88.02.29-999.90" finds 88022999990, "1-abc-123" finds 1ABC123: numbers and plates are logged in their compact form.</summary>
    internal static IReadOnlyCollection<string> SubjectForms(string? subject)
    {
        if (AuditScope.Trimmed(subject) is not { } typed)
        {
            return [];
        }

        var compact = new string([.. typed.Where(char.IsLetterOrDigit)]).ToUpperInvariant();
        return compact.Length == 0 || compact == typed ? [typed] : [typed, compact];
    }
}

internal sealed class SearchRegistryAccessesValidator : AbstractValidator<SearchRegistryAccessesQuery>
{
    public SearchRegistryAccessesValidator()
    {
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1);
        RuleFor(q => q.PageSize).InclusiveBetween(1, AuditScope.MaximumPageSize);
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).When(q => q.From is not null && q.To is not null);
        RuleFor(q => q.Outcome).IsInEnum();
        RuleFor(q => q.Registry).IsInEnum();
        RuleFor(q => q.Purpose).IsInEnum();
        RuleFor(q => q.User).MaximumLength(256);
        RuleFor(q => q.Subject).MaximumLength(40);
        RuleFor(q => q.Reference).MaximumLength(100);
    }
}
