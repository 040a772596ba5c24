using Sac.Domain.Cases;

namespace Sac.Application.Cases.SearchCases;

/// <summary>
/// A search as the read side runs it: identifiers normalised, municipalities already limited to the user's;
/// <paramref name="Today"/> (Brussels) places the time-bar queue's window.
/// </summary>
public sealed record CaseSearchCriteria(
    IReadOnlyCollection<string> Municipalities,
    CaseStatus? Status,
    string? NationalRegisterNumber,
    string? Plate,
    DateOnly? FactsFrom,
    DateOnly? FactsTo,
    WorkQueue? Queue,
    int Page,
    int PageSize,
    DateOnly Today,
    int? CountAtMost = null);
