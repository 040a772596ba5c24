using System.Security.Cryptography;
using System.Text.Json;

namespace Sac.Application.Findings.RecordFinding;

/// <summary>
/// A digest of what a finding says, so a retry under the same externalId (same content) can be
/// told from a different finding reusing the key. Instants are compared as instants, whatever offset they were sent with;
/// a photo counts by its SHA-256, not by its megabytes.
/// </summary>
internal static class FindingFingerprint
{
    public static string Of(RecordFindingCommand command)
    {
        var canonical = command with
        {
            FactsAt = command.FactsAt?.ToUniversalTime(),
            FindingAt = (command.FindingAt ?? command.FactsAt)?.ToUniversalTime(),
            Photos = command.Photos is { Count: > 0 } photos ? [.. photos.Select(photo => photo with { Content = SHA256.HashData(photo.Content!) })] : null,
        };
        return Convert.ToHexString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(canonical)));
    }
}
