using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Sac.Infrastructure.Persistence.Converters;

/// <summary>
/// Stores an instant as UTC ticks, for columns that are sorted or compared in SQL: SQLite cannot
/// order or compare DateTimeOffset. The offset is dropped; these instants come from the clock in UTC.
/// </summary>
internal sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    instant => instant.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
