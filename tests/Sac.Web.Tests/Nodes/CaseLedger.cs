using System.Data.Common;
using Sac.Testing;

namespace Sac.Web.Tests.Nodes;

/// <summary>
/// The cases as stored, read with SQL whichever node wrote them: per case its externalId, status, close reason, and how
/// many lines of each type its timeline and the audit trail hold about it.
/// </summary>
internal static class CaseLedger
{
    public static IReadOnlyList<StoredCase> Read(TestDatabase database)
    {
        using var connection = database.Open();
        var events = Counts(connection, """SELECT "CaseId"::text, "Type", COUNT(*) FROM "CaseEvents" GROUP BY 1, 2""");
        var audit = Counts(connection, """SELECT "SubjectId", "Action", COUNT(*) FROM "AuditEntries" WHERE "Subject" = 'Case' GROUP BY 1, 2""");
        using var command = connection.CreateCommand();
        command.CommandText = """SELECT "Id", "ExternalId", "Status", "CloseReason" FROM "Cases" """;
        using var reader = command.ExecuteReader();
        var cases = new List<StoredCase>();
        while (reader.Read())
        {
            var id = reader.GetGuid(0);
            cases.Add(new StoredCase(
                id, reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3),
                events.GetValueOrDefault(id.ToString(), []), audit.GetValueOrDefault(id.ToString(), [])));
        }

        return cases;
    }

    /// <summary>Rows of (case id, type, count) as count per type per case.</summary>
    private static Dictionary<string, Dictionary<string, long>> Counts(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var counts = new Dictionary<string, Dictionary<string, long>>();
        while (reader.Read())
        {
            var perType = counts.TryGetValue(reader.GetString(0), out var found) ? found : counts[reader.GetString(0)] = [];
            perType[reader.GetString(1)] = reader.GetInt64(2);
        }

        return counts;
    }
}

/// <summary>A case as stored, with the number of timeline lines (<see cref="Events"/>) and audit entries (<see cref="Audit"/>) per type.</summary>
internal sealed record StoredCase(
    Guid Id, string? ExternalId, string Status, string? CloseReason, IReadOnlyDictionary<string, long> Events, IReadOnlyDictionary<string, long> Audit)
{
    /// <summary>How often the step is on the timeline and in the audit trail: (1, 1) when it happened once.</summary>
    public (long Timeline, long Audit) Times(string step) => (Events.GetValueOrDefault(step), Audit.GetValueOrDefault(step));
}
