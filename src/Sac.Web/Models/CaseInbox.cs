using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Sac.Application.Cases.SearchCases;
using Sac.Application.Common;
using Sac.Domain.Cases;

namespace Sac.Web.Models;

/// <summary>The official's inbox: the filters arrive in the query string, the page of cases goes out.</summary>
public sealed class CaseInbox
{
    public const int PageSize = 25;

    public string? Municipality { get; set; }

    public CaseStatus? Status { get; set; }

    public string? NationalRegisterNumber { get; set; }

    public string? Plate { get; set; }

    public DateOnly? FactsFrom { get; set; }

    public DateOnly? FactsTo { get; set; }

    public WorkQueue? Queue { get; set; }

    public int? Page { get; set; }

    [BindNever]
    public PagedList<CaseSummary>? Cases { get; set; }

    [BindNever]
    public IReadOnlyList<SelectListItem> MunicipalityOptions { get; set; } = [];

    /// <summary>NIS code to the name in the user's language, for the table.</summary>
    [BindNever]
    public IReadOnlyDictionary<string, string> MunicipalityNames { get; set; } = new Dictionary<string, string>();

    /// <summary>The inbox counts up to this many cases and then says "more than": an official pages through a queue, not a city's archive.</summary>
    public const int CountAtMost = 10_000;

    public SearchCasesQuery ToQuery() =>
        new(Municipality, Status, NationalRegisterNumber, Plate, FactsFrom, FactsTo, Queue, Page ?? 1, PageSize, CountAtMost);

    /// <summary>The query string of another page with the same filters (invariant formats, as the binder reads them).</summary>
    public IDictionary<string, string> RouteFor(int page)
    {
        var values = new Dictionary<string, string> { ["page"] = page.ToString(CultureInfo.InvariantCulture) };
        Add(values, "municipality", Municipality);
        Add(values, "status", Status?.ToString());
        Add(values, "queue", Queue?.ToString());
        Add(values, "nationalRegisterNumber", NationalRegisterNumber);
        Add(values, "plate", Plate);
        Add(values, "factsFrom", FactsFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add(values, "factsTo", FactsTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        return values;
    }

    private static void Add(Dictionary<string, string> values, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            values[key] = value;
        }
    }
}
