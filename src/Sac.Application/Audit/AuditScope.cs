using Sac.Application.Common;
using Sac.Application.Common.Ports;
using Sac.Domain.Calendar;
using Sac.Domain.Common;

namespace Sac.Application.Audit;

/// <summary>What the auditor's queries share: auditors only, their own municipalities only, days read in Brussels time.</summary>
internal static class AuditScope
{
    /// <summary>A CSV export holds at most this many lines, newest first; narrow the filters for more.</summary>
    public const int ExportLimit = 100_000;

    public const int MaximumPageSize = 200;

    public static readonly Error NotAnAuditor = ApplicationErrors.Forbidden("Only auditors read the audit trail.");

    /// <returns>The municipalities to read: the auditor's, or the one asked for when it is theirs (none otherwise).</returns>
    public static IReadOnlyCollection<string> Municipalities(ICurrentUser user, string? asked) =>
        string.IsNullOrWhiteSpace(asked)
            ? [.. user.Municipalities]
            : user.Municipalities.Where(m => m == asked.Trim()).ToList();

    /// <summary>The first instant of a Brussels day.</summary>
    public static DateTimeOffset? StartOf(DateOnly? day) =>
        day is { } d ? BelgianTime.FromLocalTime(d.ToDateTime(TimeOnly.MinValue)) : null;

    /// <summary>The first instant after a Brussels day.</summary>
    public static DateTimeOffset? EndOf(DateOnly? day) =>
        day is { } d ? BelgianTime.FromLocalTime(d.AddDays(1).ToDateTime(TimeOnly.MinValue)) : null;

    public static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    public static (int Page, int PageSize) Paging(int page, int pageSize, bool export) => export ? (1, ExportLimit) : (page, pageSize);
}
