using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Sac.Application.Findings.RecordFinding;
using Sac.Benchmarks.Generation;
using Sac.Benchmarks.Storage;
using Sac.Domain.Calendar;
using Sac.Domain.Cases;
using Sac.Domain.Municipalities;
using Sac.Infrastructure.Persistence;

namespace Sac.Benchmarks.Processes;

/// <summary>
/// The floor an intake could reach: the same case row the application would store for the finding, in one raw INSERT on
/// a pooled connection. No token lookup, no idempotency check, no counter, no timeline, audit or job: just the row.
/// </summary>
internal sealed class BareIntake
{
    /// <summary>Far above the numbers the application gives out during a run, so the two never meet.</summary>
    private const int NumberOffset = 500_000;

    private readonly Municipality municipality;
    private readonly AggregateRows<Case> rows;
    private readonly TableLayout cases;
    private readonly DbProviderFactory factory;
    private readonly string connectionString;
    private readonly ISqlGenerationHelper sql;
    private readonly TimeProvider clock;
    private int lastNumber;

    private BareIntake(SacDbContext db, Municipality municipality, int firstNumber, TimeProvider clock)
    {
        this.municipality = municipality;
        this.clock = clock;
        rows = new AggregateRows<Case>(db.Model);
        cases = rows.Tables[0];
        var connection = db.Database.GetDbConnection();
        factory = DbProviderFactories.GetFactory(connection) ?? throw new InvalidOperationException("The provider has no ADO.NET factory.");
        connectionString = connection.ConnectionString;
        sql = db.GetService<ISqlGenerationHelper>();
        lastNumber = firstNumber;
    }

    public static async Task<BareIntake> CreateAsync(ServiceProvider services, TimeProvider clock, string nis, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SacDbContext>();
        var municipality = await db.Municipalities.AsNoTracking().Include(m => m.Infractions).SingleAsync(m => m.Nis == nis, cancellationToken);

        // Above the offset, and above what an earlier run on a reused database took.
        var prefix = string.Create(CultureInfo.InvariantCulture, $"{nis}-{BelgianTime.DateOf(clock.GetUtcNow()).Year}-");
        var highest = await db.Cases.Where(c => c.Number.StartsWith(prefix)).MaxAsync(c => (string?)c.Number, cancellationToken);
        var taken = highest is null ? 0 : int.Parse(highest[prefix.Length..], CultureInfo.InvariantCulture);
        return new BareIntake(db, municipality, Math.Max(taken, NumberOffset), clock);
    }

    public async Task<Guid> InsertAsync(RecordFindingCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var infraction = municipality.InfractionOn(command.InfractionCode!, BelgianTime.DateOf(command.FactsAt!.Value))!;
        var number = string.Create(CultureInfo.InvariantCulture, $"{municipality.Nis}-{BelgianTime.DateOf(now).Year}-{Interlocked.Increment(ref lastNumber):D6}");
        var opened = Case.Open(IntakeMapping.ToIntake(command, infraction), number, now, PlatformPlan.FinderOf(municipality.Nis)).Value;
        var batch = new TableBatch(rows.Tables.Count);
        rows.AddTo(batch, opened);

        await using var connection = factory.CreateConnection()!;
        connection.ConnectionString = connectionString;
        await connection.OpenAsync(cancellationToken);
        await using var insert = InsertStatement.Create(connection, cases, sql);
        InsertStatement.Bind(insert, batch.Rows[0][0]);
        await insert.ExecuteNonQueryAsync(cancellationToken);
        return opened.Id;
    }
}
