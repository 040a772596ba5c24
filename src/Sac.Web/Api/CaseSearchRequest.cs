using Sac.Application.Cases.SearchCases;
using Sac.Domain.Cases;

namespace Sac.Web.Api;

/// <summary>The query string of GET /api/v1/cases.</summary>
internal sealed record CaseSearchRequest(
    string? Municipality,
    string? Status,
    string? NationalRegisterNumber,
    string? Plate,
    DateOnly? FactsFrom,
    DateOnly? FactsTo,
    int? Page,
    int? PageSize)
{
    public SearchCasesQuery ToQuery(CaseStatus? status) =>
        new(Municipality, status, NationalRegisterNumber, Plate, FactsFrom, FactsTo, Page ?? 1, PageSize ?? 50);
}
