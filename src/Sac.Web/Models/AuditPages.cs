using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Sac.Application.Audit;
using Sac.Application.Common;
using Sac.Domain.Audit;

namespace Sac.Web.Models;

/// <summary>What both audit screens share: the day range, the user, the municipality, the page, and the query string of another page.</summary>
public abstract class AuditFilter
{
    public const int PageSize = 50;

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    public string? User { get; set; }

    public string? Municipality { get; set; }

    public string? Subject { get; set; }

    public int? Page { get; set; }

    [BindNever]
    public IReadOnlyList<SelectListItem> MunicipalityOptions { get; set; } = [];

    /// <summary>The query string of another page (or, with no page, of the CSV export) with the same filters.</summary>
    public IDictionary<string, string> RouteFor(int? page)
    {
        var values = new Dictionary<string, string>();
        if (page is { } p)
        {
            values["page"] = p.ToString(CultureInfo.InvariantCulture);
        }

        Add(values, "from", From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add(values, "to", To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add(values, "user", User);
        Add(values, "municipality", Municipality);
        Add(values, "subject", Subject);
        AddFilters(values);
        return values;
    }

    protected abstract void AddFilters(IDictionary<string, string> values);

    protected static void Add(IDictionary<string, string> values, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            values[key] = value;
        }
    }
}

/// <summary>The audit trail screen: filters from the query string, a page of entries out.</summary>
public sealed class AuditEntriesPage : AuditFilter
{
    /// <summary>The action code (named so that MVC's own "action" route value does not bind to it).</summary>
    public string? Code { get; set; }

    [BindNever]
    public PagedList<AuditLine>? Entries { get; set; }

    /// <summary>Every action code: the audit's own, then the steps of a case (timeline types).</summary>
    public static IReadOnlyList<string> Actions { get; } =
    [
        .. AuditAction.All,
        .. typeof(Sac.Domain.Cases.CaseEvent).GetFields()
            .Where(f => f is { IsLiteral: true } && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!),
    ];

    public SearchAuditEntriesQuery ToQuery(bool export = false) =>
        new(From, To, User, Code, Municipality, Subject, Page ?? 1, PageSize, export);

    protected override void AddFilters(IDictionary<string, string> values) => Add(values, "code", Code);
}

/// <summary>The registry-access screen: filters from the query string, a page of lookups out.</summary>
public sealed class RegistryAccessPage : AuditFilter
{
    public RegistryAccessOutcome? Outcome { get; set; }

    public RegistryKind? Registry { get; set; }

    public RegistryPurpose? Purpose { get; set; }

    public string? Reference { get; set; }

    [BindNever]
    public PagedList<RegistryAccessLine>? Accesses { get; set; }

    public SearchRegistryAccessesQuery ToQuery(bool export = false) =>
        new(From, To, User, Outcome, Registry, Purpose, Subject, Reference, Municipality, Page ?? 1, PageSize, export);

    protected override void AddFilters(IDictionary<string, string> values)
    {
        Add(values, "outcome", Outcome?.ToString());
        Add(values, "registry", Registry?.ToString());
        Add(values, "purpose", Purpose?.ToString());
        Add(values, "reference", Reference);
    }
}

/// <summary>Previous / page n of m / next, for a page of a log.</summary>
public sealed record AuditPager(int Page, int PageCount, string Action, Func<int, IDictionary<string, string>> RouteFor);
