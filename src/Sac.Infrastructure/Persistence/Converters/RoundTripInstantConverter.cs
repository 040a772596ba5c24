using System.Globalization;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Sac.Infrastructure.Persistence.Converters;

/// <summary>
/// Stores an instant as ISO 8601 text with its offset, on every provider: the offset a finder's
/// device sent is part of the record (PostgreSQL's timestamptz would keep only UTC). Only for
/// columns never compared in SQL; the date columns beside them serve for filtering.
/// </summary>
internal sealed class RoundTripInstantConverter() : ValueConverter<DateTimeOffset, string>(
    instant => instant.ToString("o", CultureInfo.InvariantCulture),
    text => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind))
{
    /// <summary>"2025-03-01T22:15:00.0000000+01:00".</summary>
    public const int MaxLength = 33;
}
