using Mediator;
using Sac.Application.Common;
using Sac.Domain.Cases;
using Sac.Domain.Common;

namespace Sac.Application.Cases.SearchCases;

/// <summary>The official's inbox and case search: newest first, limited to the user's municipalities.</summary>
public sealed record SearchCasesQuery(
    string? Municipality = null,
    CaseStatus? Status = null,
    string? NationalRegisterNumber = null,
    string? Plate = null,
    DateOnly? FactsFrom = null,
    DateOnly? FactsTo = null,
    WorkQueue? Queue = null,
    int Page = 1,
    int PageSize = 50,
    int? CountAtMost = null) : IQuery<Result<PagedList<CaseSummary>>>;

public sealed record CaseSummary(
    Guid Id,
    string Number,
    string Municipality,
    CaseStatus Status,
    string InfractionCode,
    DateTimeOffset FactsAt,
    DateTimeOffset RecordedAt,
    string OffenderName,
    string? Plate,
    DateOnly TransmissionDeadline,
    DateOnly DecisionDeadline,
    int? TimeBarWarnedAtDays);
