using Mediator;
using Sac.Application.Cases.SearchCases;
using Sac.Application.Common.Ports;
using Sac.Application.Payments.BankStatements;
using Sac.Domain.Calendar;
using Sac.Domain.Common;

namespace Sac.Application.Cases.Dashboard;

/// <summary>The sanctioning official's home: per municipality the official serves, how many cases wait in each work queue.</summary>
public sealed record GetDashboardQuery : IQuery<Result<IReadOnlyList<MunicipalityQueues>>>;

/// <summary>The counters of one municipality; a queue without cases counts 0. <paramref name="UnmatchedPayments"/>: bank lines waiting for the official.</summary>
public sealed record MunicipalityQueues(string Municipality, IReadOnlyDictionary<WorkQueue, int> Counts, int UnmatchedPayments)
{
    public int this[WorkQueue queue] => Counts.GetValueOrDefault(queue);
}

/// <summary>How many cases of one municipality are in one queue, as the read side counts them.</summary>
public sealed record QueueCount(string Municipality, WorkQueue Queue, int Cases);

internal sealed class GetDashboardHandler(ICurrentUser user, ICaseReadService reads, IBankStatementRepository statements, TimeProvider clock)
    : IQueryHandler<GetDashboardQuery, Result<IReadOnlyList<MunicipalityQueues>>>
{
    public async ValueTask<Result<IReadOnlyList<MunicipalityQueues>>> Handle(GetDashboardQuery query, CancellationToken cancellationToken)
    {
        var counts = await reads.CountWorkQueuesAsync(user.Municipalities, BelgianTime.DateOf(clock.GetUtcNow()), cancellationToken);
        var unmatched = await statements.CountUnmatchedAsync(user.Municipalities, cancellationToken);
        return Result<IReadOnlyList<MunicipalityQueues>>.Success([.. user.Municipalities.Order(StringComparer.Ordinal).Select(nis =>
            new MunicipalityQueues(nis, counts.Where(c => c.Municipality == nis).ToDictionary(c => c.Queue, c => c.Cases), unmatched.GetValueOrDefault(nis)))]);
    }
}
