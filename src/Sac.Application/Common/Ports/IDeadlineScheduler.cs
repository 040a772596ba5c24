namespace Sac.Application.Common.Ports;

/// <summary>Durable background jobs that apply a case's deadlines on the day they fall due.</summary>
public interface IDeadlineScheduler
{
    /// <summary>Checks the case's deadlines on <paramref name="dueOn"/> (at once when that day has come).</summary>
    void ScheduleCheck(Guid caseId, DateOnly dueOn);

    /// <summary>Checks the deadlines of every case in <paramref name="caseIds"/> at once, in as few jobs as is safe (the sweep).</summary>
    void CheckNow(IReadOnlyList<Guid> caseIds);
}
