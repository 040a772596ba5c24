namespace Sac.Domain.Cases;

/// <summary>One line of a case's timeline.</summary>
public sealed record CaseEvent(DateTimeOffset At, string Type, string By, string? Detail = null)
{
    public const string FindingRecorded = "FindingRecorded";
    public const string CaseClosed = "CaseClosed";
}
