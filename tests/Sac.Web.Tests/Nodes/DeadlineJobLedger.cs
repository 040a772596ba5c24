using System.Globalization;
using System.Text.Json;
using Hangfire.States;
using Sac.Infrastructure.Jobs;
using Sac.Testing;
using Sac.Web.Tests.Audit;

namespace Sac.Web.Tests.Nodes;

/// <summary>
/// Hangfire's tables (schema <c>hangfire</c>) read with SQL, as a DBA would, whichever node wrote them: the deadline checks
/// (a case's own, and the sweep's batches) with the cases each checks and every state each went through, and how many jobs
/// of any kind are in each state.
/// </summary>
internal static class DeadlineJobLedger
{
    /// <summary>
    /// The state of a job created but never given one: Hangfire creates a job, then sets its state, and its node was killed in
    /// between. Such a job never runs and expires; what it was for is the sweep's to find.
    /// </summary>
    public const string NoState = "(none)";

    public static IReadOnlyList<DeadlineJob> Checks(TestDatabase database)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT j."id", j."arguments"->>0, j."statename", s."name", s."data"->>'ServerId', s."data"->>'EnqueueAt'
            FROM "hangfire"."job" j JOIN "hangfire"."state" s ON s."jobid" = j."id"
            WHERE j."invocationdata"->>'Method' IN ('{nameof(DeadlineJobs.ApplyDueDeadlinesAsync)}', '{nameof(DeadlineJobs.ApplyDueDeadlinesOfAsync)}')
            ORDER BY j."id", s."id"
            """;
        var rows = new List<(long Id, string Cases, string State, JobState Step)>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var enqueueAt = reader.IsDBNull(5)
                    ? (DateTimeOffset?)null
                    : DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(reader.GetString(5), CultureInfo.InvariantCulture));
                rows.Add((reader.GetInt64(0), reader.GetString(1), reader.GetString(2), new JobState(reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4), enqueueAt)));
            }
        }

        return [.. rows.GroupBy(r => (r.Id, r.Cases, r.State)).Select(g => new DeadlineJob(g.Key.Id, CaseIds(g.Key.Cases), g.Key.State, [.. g.Select(r => r.Step)]))];
    }

    /// <summary>Hangfire keeps each argument as its own JSON text: a case's id as a string, a batch's as an array of them.</summary>
    private static Guid[] CaseIds(string argument) =>
        argument.StartsWith('[') ? JsonSerializer.Deserialize<Guid[]>(argument)! : [JsonSerializer.Deserialize<Guid>(argument)];

    /// <summary>Jobs of every kind (checks, sweeps) per current state.</summary>
    public static IReadOnlyDictionary<string, long> JobsPerState(TestDatabase database)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """SELECT "statename", COUNT(*) FROM "hangfire"."job" GROUP BY "statename" """;
        using var reader = command.ExecuteReader();
        var counts = new Dictionary<string, long>();
        while (reader.Read())
        {
            counts[reader.IsDBNull(0) ? NoState : reader.GetString(0)] = reader.GetInt64(1);
        }

        return counts;
    }

    /// <summary>Jobs waiting in, or fetched from, a queue (a fetched one leaves it when it is done).</summary>
    public static long Queued(TestDatabase database)
    {
        using var connection = database.Open();
        return connection.Scalar("""SELECT COUNT(*) FROM "hangfire"."jobqueue" """);
    }
}

/// <summary>A deadline check of one case or of a batch of them: its current state and its history, oldest first.</summary>
internal sealed record DeadlineJob(long Id, IReadOnlyList<Guid> CaseIds, string State, IReadOnlyList<JobState> History)
{
    public int Times(string state) => History.Count(h => h.Name == state);

    /// <summary>Scheduled for a later day of the case (the time-bar warnings, months ahead), not a retry due in seconds.</summary>
    public bool WaitsForALaterDay => State == ScheduledState.StateName && History[^1].EnqueueAt > DateTimeOffset.UtcNow.AddDays(1);

    /// <summary>The servers (<c>machine:pid:guid</c>) that started it, in order.</summary>
    public IReadOnlyList<string> ProcessedBy => [.. History.Where(h => h.Name == ProcessingState.StateName).Select(h => h.ServerId ?? "?")];
}

/// <summary>One state a job went through; the server for Processing, the moment it falls due for Scheduled.</summary>
internal sealed record JobState(string Name, string? ServerId, DateTimeOffset? EnqueueAt);
