using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Sac.Infrastructure.Audit;

/// <summary>
/// Before and after of a change as compact JSON objects: only the fields that changed, named as the API names them
/// (camelCase), values in invariant formats; a text longer than <see cref="MaxText"/> characters is cut with an ellipsis.
/// </summary>
internal static class ChangeJson
{
    /// <summary>Enough to recognise a paragraph of a regulation or of reasons without copying it whole.</summary>
    public const int MaxText = 200;

    // Dutch and French stay readable; the pages that show the JSON encode it for HTML.
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The changed fields of these entries (one object and the objects it owns), before and after; keys, owner links and <paramref name="ignored"/> left out.</summary>
    public static (JsonObject Before, JsonObject After) Diff(IEnumerable<EntityEntry> entries, params string[] ignored)
    {
        var before = new Dictionary<string, object?>(StringComparer.Ordinal);
        var after = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            foreach (var property in entry.Properties.Where(p => !p.Metadata.IsKey() && !p.Metadata.IsShadowProperty() && !ignored.Contains(p.Metadata.Name)))
            {
                var name = JsonNamingPolicy.CamelCase.ConvertName(property.Metadata.Name);
                switch (entry.State)
                {
                    case EntityState.Deleted:
                        before[name] = property.OriginalValue;
                        break;
                    case EntityState.Added:
                        after[name] = property.CurrentValue;
                        break;
                    case EntityState.Modified when property.IsModified && !Equals(property.OriginalValue, property.CurrentValue):
                        before[name] = property.OriginalValue;
                        after[name] = property.CurrentValue;
                        break;
                }
            }
        }

        // An owned object replaced by an equal one (settings saved unchanged) is no change.
        foreach (var name in before.Keys.Where(k => after.TryGetValue(k, out var value) && Equals(value, before[k])).ToList())
        {
            before.Remove(name);
            after.Remove(name);
        }

        // A field that appears (a new letterhead) was null before, and one that disappears is null after.
        foreach (var name in after.Keys.Except(before.Keys).ToList())
        {
            before[name] = null;
        }

        foreach (var name in before.Keys.Except(after.Keys).ToList())
        {
            after[name] = null;
        }

        return (ToObject(before), ToObject(after));
    }

    public static JsonObject Object(params (string Name, object? Value)[] fields) =>
        ToObject(fields.Select(f => new KeyValuePair<string, object?>(f.Name, f.Value)));

    /// <summary>The JSON text of the object; null when it has no field.</summary>
    public static string? Text(JsonObject json) => json.Count == 0 ? null : json.ToJsonString(Options);

    /// <summary>The JSON text of an object that must say something even when empty (a creation with nothing to show).</summary>
    public static string? TextOrNull(JsonObject? json) => json is null ? null : Text(json);

    private static JsonObject ToObject(IEnumerable<KeyValuePair<string, object?>> fields)
    {
        var json = new JsonObject();
        foreach (var (name, value) in fields.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            json[name] = Node(value);
        }

        return json;
    }

    private static JsonValue? Node(object? value) => value switch
    {
        null => null,
        string text => JsonValue.Create(text.Length > MaxText ? text[..MaxText] + "…" : text),
        bool flag => JsonValue.Create(flag),
        int number => JsonValue.Create(number),
        long number => JsonValue.Create(number),
        decimal amount => JsonValue.Create(amount),
        DateOnly date => JsonValue.Create(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        DateTimeOffset instant => JsonValue.Create(instant.ToString("O", CultureInfo.InvariantCulture)),
        Enum named => JsonValue.Create(named.ToString()),
        IFormattable formattable => JsonValue.Create(formattable.ToString(null, CultureInfo.InvariantCulture)),
        _ => JsonValue.Create(value.ToString()),
    };
}
