namespace Sac.Application.Common.Ports;

/// <summary>Durable background jobs that apply a case's deadlines on the day they fall due.</summary>
public interface IDeadlineScheduler
{
    /// <summary>Checks the case's deadlines on <paramref name="dueOn"/> (at once when that day has come).</summary>
    void ScheduleCheck(Guid caseId, DateOnly dueOn);
}
