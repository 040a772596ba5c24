using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Localization;

namespace Sac.Web.Models;

/// <summary>One changed field of an audit entry, before and after, as people read it.</summary>
public sealed record AuditChange(string Field, string? Before, string? After)
{
    /// <summary>The fields of the before and after objects (JSON), in the order they were written; nothing when they cannot be read.</summary>
    public static IReadOnlyList<AuditChange> Read(string? before, string? after)
    {
        var was = Parse(before);
        var becomes = Parse(after);
        return [.. was.Keys.Union(becomes.Keys).Select(field => new AuditChange(field, was.GetValueOrDefault(field), becomes.GetValueOrDefault(field)))];
    }

    /// <summary>"status: Registered → NoticeSent; version: 1 → 2", with the statuses worded in the user's language.</summary>
    public static string Describe(IEnumerable<AuditChange> changes, IStringLocalizer localizer) =>
        string.Join("; ", changes.Select(c => c.Before is null && c.After is not null
            ? $"{c.Field}: {c.Word(c.After, localizer)}"
            : $"{c.Field}: {c.Word(c.Before, localizer)} → {c.Word(c.After, localizer)}"));

    /// <summary>A status in the user's language; other values as stored.</summary>
    public string Word(string? value, IStringLocalizer localizer)
    {
        if (value is null)
        {
            return Formats.None;
        }

        if (Field == "status" && localizer["Status." + value] is { ResourceNotFound: false } status)
        {
            return status.Value;
        }

        return value;
    }

    private static Dictionary<string, string?> Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }

        try
        {
            return JsonNode.Parse(json) is JsonObject fields
                ? fields.ToDictionary(f => f.Key, f => Text(f.Value), StringComparer.Ordinal)
                : [];
        }
        catch (JsonException)
        {
            return new Dictionary<string, string?>(StringComparer.Ordinal) { ["…"] = json };
        }
    }

    private static string? Text(JsonNode? node) => node switch
    {
        null => null,
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        JsonValue value when value.TryGetValue<decimal>(out var number) => number.ToString(CultureInfo.InvariantCulture),
        _ => node.ToJsonString(),
    };
}
