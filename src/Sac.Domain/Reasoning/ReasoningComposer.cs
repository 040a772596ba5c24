using System.Text.RegularExpressions;
using Sac.Domain.Common;

namespace Sac.Domain.Reasoning;

/// <summary>Joins the chosen blocks into the decision's reasons, in one language, with the case's facts filled in.</summary>
public static partial class ReasoningComposer
{
    /// <summary>The placeholders a block may use; the case supplies a value for each.</summary>
    public static IReadOnlyList<string> Placeholders { get; } =
    [
        "offender", "factsDate", "factsTime", "place", "infraction", "article", "maximumFine", "amount", "noticeDate",
        "defenceDeadline", "defenceReceived", "priorDecision", "municipality",
    ];

    public static string Compose(IEnumerable<ReasoningBlock> blocks, string language, IReadOnlyDictionary<string, string> values) =>
        string.Join(
            Environment.NewLine + Environment.NewLine,
            blocks.Select(b => PlaceholderPattern().Replace(b.Text(language), m => values.TryGetValue(m.Groups[1].Value, out var value) ? value : m.Value)));

    public static IEnumerable<string> UnknownPlaceholders(string text) =>
        PlaceholderPattern().Matches(text).Select(m => m.Groups[1].Value).Where(name => !Placeholders.Contains(name)).Distinct();

    public static Error UnknownPlaceholder(string name, string field) =>
        new("UNKNOWN_PLACEHOLDER", $"{{{name}}} is not a placeholder Sac can fill in.", Field: field);

    [GeneratedRegex(@"\{([A-Za-z]+)\}")]
    private static partial Regex PlaceholderPattern();
}
