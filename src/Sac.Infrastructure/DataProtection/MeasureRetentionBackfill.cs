namespace Sac.Infrastructure.DataProtection;

/// <summary>
/// The retention start of the college sanctions and place bans recorded before it was stored (migration MeasureRetention):
/// the last day, else the decision, else the day recorded (from its UTC ticks: in Brussels where the database can tell,
/// in UTC on SQLite), so that no existing measure expires on the column's default.
/// </summary>
internal static class MeasureRetentionBackfill
{
    /// <summary>Ticks (0001-01-01) of the Unix epoch, to turn the stored UTC ticks into a moment.</summary>
    private const string UnixEpochTicks = "621355968000000000";

    public static IReadOnlyList<string> Sqlite { get; } = Statements(
        $"""date(("RecordedAt" - {UnixEpochTicks}) / 10000000, 'unixepoch')""");

    public static IReadOnlyList<string> PostgreSql { get; } = Statements(
        $"""(to_timestamp(("RecordedAt" - {UnixEpochTicks}) / 10000000.0) AT TIME ZONE 'Europe/Brussels')::date""");

    public static IReadOnlyList<string> SqlServer { get; } = Statements(
        $"""CAST(DATEADD(SECOND, CAST(("RecordedAt" - {UnixEpochTicks}) / 10000000 AS int), CAST('1970-01-01' AS datetimeoffset)) AT TIME ZONE 'Romance Standard Time' AS date)""");

    private static string[] Statements(string recordedOn) =>
    [
        $"""UPDATE "CollegeSanctions" SET "RetentionFrom" = COALESCE("EndsOn", "DecidedOn", {recordedOn})""",
        $"""UPDATE "PlaceBans" SET "RetentionFrom" = COALESCE((SELECT MAX(p."EndsOn") FROM "PlaceBanPeriods" p WHERE p."PlaceBanId" = "PlaceBans"."Id"), {recordedOn})""",
    ];
}
