using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using Sac.Domain.Cases;
using Sac.Domain.Decisions;

namespace Sac.Web.Models;

/// <summary>
/// The domain notes a timeline line's particulars in a compact, language-neutral form ("RegisteredMail 2025-03-10",
/// "Fine 100.00", "Succeeded 2025-03-10", "2025-03-14 (late) (after the decision)"); the page shows them in the user's language: dates
/// and amounts in Belgian format, the names of values as the resources word them. Free text (a note, a place) stays.
/// </summary>
public static partial class TimelineDetail
{
    /// <summary>The values a detail may name, and the resource prefix that words them.</summary>
    private static readonly Dictionary<string, string> Values = new[]
        {
            Named<DecisionKind>("DecisionKind"),
            Named<NotificationChannel>("Channel"),
            Named<ProsecutorAnswer>("ProsecutorAnswer"),
            Named<MediationOutcome>("MediationOutcome"),
            Named<AppealOutcome>("AppealOutcome"),
            Named<AppealCourt>("AppealCourt"),
            new[] { "Performed", "NotPerformed" }.Select(n => (n, $"CommunityService.{n}")),
        }
        .SelectMany(v => v)
        .ToDictionary(v => v.Item1, v => v.Item2, StringComparer.Ordinal);

    public static string Describe(string? detail, IStringLocalizer localizer) => string.IsNullOrWhiteSpace(detail)
        ? string.Empty
        : Token().Replace(detail, m => Word(m, localizer));

    private static string Word(Match m, IStringLocalizer localizer)
    {
        if (m.Groups["date"].Success)
        {
            var date = Formats.Date(DateOnly.ParseExact(m.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture));
            return date + m.Groups["time"].Value;
        }

        if (m.Groups["money"].Success)
        {
            return Formats.Money(decimal.Parse(m.Groups["money"].Value.Replace(',', '.'), CultureInfo.InvariantCulture));
        }

        if (m.Groups["hours"].Success)
        {
            return localizer["Decision.Hours", int.Parse(m.Groups["hours"].Value, CultureInfo.InvariantCulture)];
        }

        if (m.Groups["flag"].Success)
        {
            var flag = m.Groups["flag"].Value switch
            {
                "late" => "Procedure.DefenceLate",
                "absent" => "Hearing.AbsentShort",
                _ => "Procedure.AfterDecision",
            };
            return $"({localizer[flag]})";
        }

        return Values.TryGetValue(m.Value, out var key) ? localizer[key] : m.Value;
    }

    private static IEnumerable<(string, string)> Named<TEnum>(string prefix)
        where TEnum : struct, Enum => Enum.GetNames<TEnum>().Select(n => (n, $"{prefix}.{n}"));

    [GeneratedRegex(@"(?<date>\d{4}-\d{2}-\d{2})(?<time> \d{2}:\d{2})?|(?<money>\b\d+[.,]\d{2}\b)|\b(?<hours>\d+)h\b|\((?<flag>late|absent|after the decision)\)|\b[A-Z][A-Za-z]+\b")]
    private static partial Regex Token();
}
