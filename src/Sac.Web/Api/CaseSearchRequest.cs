using Microsoft.AspNetCore.Mvc;
using Sac.Application.Cases.SearchCases;
using Sac.Domain.Cases;

namespace Sac.Web.Api;

/// <summary>The query string of GET /api/v1/cases.</summary>
internal sealed record CaseSearchRequest(
    [FromQuery(Name = "municipality")] string? Municipality,
    [FromQuery(Name = "status")] string? Status,
    [FromQuery(Name = "nationalRegisterNumber")] string? NationalRegisterNumber,
    [FromQuery(Name = "plate")] string? Plate,
    [FromQuery(Name = "factsFrom")] DateOnly? FactsFrom,
    [FromQuery(Name = "factsTo")] DateOnly? FactsTo,
    [FromQuery(Name = "queue")] string? Queue,
    [FromQuery(Name = "page")] int? Page,
    [FromQuery(Name = "pageSize")] int? PageSize)
{
    public SearchCasesQuery ToQuery(CaseStatus? status, WorkQueue? queue) =>
        new(Municipality, status, NationalRegisterNumber, Plate, FactsFrom, FactsTo, queue, Page ?? 1, PageSize ?? 50);
}
