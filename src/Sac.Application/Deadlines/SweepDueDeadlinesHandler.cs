using Mediator;
using Sac.Application.Common.Ports;
using Sac.Domain.Calendar;
using Sac.Domain.Common;

namespace Sac.Application.Deadlines;

internal sealed class SweepDueDeadlinesHandler(ICaseReadService reads, IDeadlineScheduler scheduler, TimeProvider clock)
    : ICommandHandler<SweepDueDeadlinesCommand, Result<int>>
{
    public async ValueTask<Result<int>> Handle(SweepDueDeadlinesCommand command, CancellationToken cancellationToken)
    {
        var today = BelgianTime.DateOf(clock.GetUtcNow());
        var due = await reads.FindDueCaseIdsAsync(today, cancellationToken);
        scheduler.CheckNow(due);
        return due.Count;
    }
}
