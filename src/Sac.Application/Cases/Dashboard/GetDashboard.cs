using Mediator;
using Sac.Application.Cases.SearchCases;
using Sac.Application.Common;
using Sac.Application.Common.Ports;
using Sac.Application.Measures;
using Sac.Application.Payments.BankStatements;
using Sac.Domain.Calendar;
using Sac.Domain.Common;

namespace Sac.Application.Cases.Dashboard;

/// <summary>
/// The sanctioning official's home: per municipality the official serves, how many cases wait in each work queue, and for
/// those who read measures, the college sanctions and place bans to follow up.
/// </summary>
public sealed record GetDashboardQuery : IQuery<Result<IReadOnlyList<MunicipalityQueues>>>;

/// <summary>
/// The counters of one municipality; a queue without cases counts 0. <paramref name="UnmatchedPayments"/>: bank lines waiting
/// for the official. <paramref name="Measures"/>: null for a user who does not read measures.
/// </summary>
public sealed record MunicipalityQueues(string Municipality, IReadOnlyDictionary<WorkQueue, int> Counts, int UnmatchedPayments, MeasureCounts? Measures)
{
    public int this[WorkQueue queue] => Counts.GetValueOrDefault(queue);
}

/// <summary>The measures in force today whose last day falls within <see cref="MeasureFollowUp.EndingSoonDays"/> days, and the place bans in force.</summary>
public sealed record MeasureCounts(int CollegeSanctionsEndingSoon, int PlaceBansEndingSoon, int PlaceBansInForce);

/// <summary>How many cases of one municipality are in one queue, as the read side counts them.</summary>
public sealed record QueueCount(string Municipality, WorkQueue Queue, int Cases);

internal sealed class GetDashboardHandler(
    ICurrentUser user, ICaseReadService reads, IBankStatementRepository statements, IMeasureFollowUpReads measures, TimeProvider clock)
    : IQueryHandler<GetDashboardQuery, Result<IReadOnlyList<MunicipalityQueues>>>
{
    public async ValueTask<Result<IReadOnlyList<MunicipalityQueues>>> Handle(GetDashboardQuery query, CancellationToken cancellationToken)
    {
        var today = BelgianTime.DateOf(clock.GetUtcNow());
        var counts = await reads.CountWorkQueuesAsync(user.Municipalities, today, cancellationToken);
        var unmatched = await statements.CountUnmatchedAsync(user.Municipalities, cancellationToken);
        var followUp = Roles.MeasureReaders.Any(user.IsInRole) ? await CountMeasuresAsync(today, cancellationToken) : null;
        return Result<IReadOnlyList<MunicipalityQueues>>.Success([.. user.Municipalities.Order(StringComparer.Ordinal).Select(nis =>
            new MunicipalityQueues(
                nis, counts.Where(c => c.Municipality == nis).ToDictionary(c => c.Queue, c => c.Cases), unmatched.GetValueOrDefault(nis), followUp?.Invoke(nis)))]);
    }

    /// <summary>The counts of every municipality at once; a municipality without such measures counts 0.</summary>
    private async Task<Func<string, MeasureCounts>> CountMeasuresAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var lastDay = today.AddDays(MeasureFollowUp.EndingSoonDays);
        var sanctions = await measures.CountCollegeSanctionsEndingAsync(user.Municipalities, today, lastDay, cancellationToken);
        var bans = await measures.CountPlaceBansInForceAsync(user.Municipalities, today, lastDay, cancellationToken);
        return nis =>
        {
            var inForce = bans.GetValueOrDefault(nis) ?? new PlaceBansInForce(0, 0);
            return new MeasureCounts(sanctions.GetValueOrDefault(nis), inForce.EndingSoon, inForce.InForce);
        };
    }
}
