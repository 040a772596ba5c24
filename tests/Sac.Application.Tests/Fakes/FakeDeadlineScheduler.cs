using Sac.Application.Common.Ports;

namespace Sac.Application.Tests.Fakes;

/// <summary>Records the checks a handler scheduled, and those it asked for at once, in order.</summary>
internal sealed class FakeDeadlineScheduler : IDeadlineScheduler
{
    public List<(Guid CaseId, DateOnly DueOn)> Scheduled { get; } = [];

    public List<Guid> CheckedNow { get; } = [];

    public void ScheduleCheck(Guid caseId, DateOnly dueOn) => Scheduled.Add((caseId, dueOn));

    public void CheckNow(IReadOnlyList<Guid> caseIds) => CheckedNow.AddRange(caseIds);
}
