using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Sac.Application.Findings.RecordFinding;
using Sac.Benchmarks.Composition;
using Sac.Benchmarks.Storage;
using Sac.Domain.Calendar;
using Sac.Domain.Cases;
using Sac.Domain.Register;
using Sac.Infrastructure.Persistence;

namespace Sac.Benchmarks.Generation;

/// <summary>
/// Makes years of findings and their procedure with the domain (<see cref="Case.Open"/>, then <see cref="CaseLifecycle"/>),
/// in the order they happened, and writes them in batches of one transaction each, flattened by <see cref="AggregateRows{TRoot}"/>.
/// One instance keeps its people, register and numbers between calls, so the platform continues the city's history.
/// </summary>
internal sealed class DataGenerator(ServiceProvider services, FixedClock clock, int seed)
{
    private const int BatchSize = 5_000;

    private readonly Random random = new(seed);
    private readonly RecidivismRegister register = new();
    private readonly CaseNumbers numbers = new();
    private OffenderPool? offenders;
    private int findingsMade;

    public GenerationStats Stats { get; } = new();

    /// <summary>One generated finding, to send again to the API: it must answer 200 with this case (same intake, same fingerprint).</summary>
    public (RecordFindingCommand Command, Guid CaseId)? Replayable { get; private set; }

    public async Task GenerateAsync(IReadOnlyList<MunicipalityVolume> volumes, CancellationToken cancellationToken)
    {
        Stats.Elapsed.Start();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SacDbContext>();
        var municipalities = await db.Municipalities.AsNoTracking().Include(m => m.Infractions).ToDictionaryAsync(m => m.Nis, cancellationToken);
        var rows = new RowSets(new AggregateRows<Case>(db.Model), new AggregateRows<RegisterEntry>(db.Model));

        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        await using var writer = BulkWriters.For(connection, db.GetService<ISqlGenerationHelper>());

        offenders ??= new OffenderPool(random);
        var findings = new FindingFactory(random, offenders);
        var lifecycle = new CaseLifecycle(register, BelgianTime.DateOf(clock.Now), random, Stats);
        var registerLines = new List<RegisterEntry>();
        var batch = rows.NewBatch();
        var writing = Task.CompletedTask;
        foreach (var volume in volumes)
        {
            var municipality = municipalities[volume.Nis];
            var locality = Locality.Of(volume.Nis);
            foreach (var factsDate in FactsDates(volume.Cases))
            {
                var command = findings.Next(locality, factsDate, $"pda-{volume.Nis}-{++findingsMade:D8}");
                var infraction = municipality.InfractionOn(command.InfractionCode!, factsDate)!;
                var recordedAt = RecordedAt(command.FindingAt!.Value);
                var opened = Case.Open(IntakeMapping.ToIntake(command, infraction), numbers.Next(volume.Nis, BelgianTime.DateOf(recordedAt).Year), recordedAt, PlatformPlan.FinderOf(volume.Nis)).Value;
                Replayable ??= (command, opened.Id);
                lifecycle.Run(opened, municipality, infraction, PlatformPlan.Official, offenders, registerLines);
                rows.Cases.AddTo(batch.Cases, opened);
                if (++batch.Count == BatchSize)
                {
                    // The next batch is made while this one is written: the database and the domain each get a core.
                    batch.AddRegisterLines(rows, registerLines, Stats);
                    await writing;
                    var tables = batch.Tables(rows);
                    writing = Task.Run(() => writer.WriteAsync(tables, cancellationToken), cancellationToken);
                    batch = rows.NewBatch();
                }
            }
        }

        batch.AddRegisterLines(rows, registerLines, Stats);
        await writing;
        await writer.WriteAsync(batch.Tables(rows), cancellationToken);
        await SaveCountersAsync(connection, cancellationToken);
        Stats.Elapsed.Stop();
    }

    /// <summary>Facts spread evenly over the years before today, oldest first.</summary>
    private IEnumerable<DateOnly> FactsDates(int count)
    {
        var today = BelgianTime.DateOf(clock.Now);
        var start = today.AddYears(-PlatformPlan.Years);
        var days = today.DayNumber - start.DayNumber;
        for (var i = 0; i < count; i++)
        {
            yield return start.AddDays((int)((long)i * days / count));
        }
    }

    /// <summary>The finder records the finding within minutes to two days, never after the run's now.</summary>
    private DateTimeOffset RecordedAt(DateTimeOffset findingAt)
    {
        var recordedAt = findingAt.AddMinutes(random.Next(5, 48 * 60));
        return recordedAt < clock.Now ? recordedAt : clock.Now.AddMinutes(-1);
    }

    /// <summary>The last numbers taken, where <c>CaseNumberSequence</c> continues from (the same upsert it runs).</summary>
    private async Task SaveCountersAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        foreach (var ((nis, year), last) in numbers.Last)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = """
                INSERT INTO "CaseNumberCounters" ("MunicipalityNis", "Year", "LastNumber") VALUES (@nis, @year, @last)
                ON CONFLICT ("MunicipalityNis", "Year") DO UPDATE SET "LastNumber" = excluded."LastNumber"
                """;
            AddParameter(command, "@nis", nis);
            AddParameter(command, "@year", year);
            AddParameter(command, "@last", last);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
