namespace Sac.Domain.Cases;

/// <summary>The oral hearing the offender asked for: planned, then held (or not attended) with its minutes.</summary>
public sealed record Hearing(DateTimeOffset ScheduledAt, string Location, DateOnly? HeldOn = null, bool? Attended = null, string? Minutes = null)
{
    public bool IsHeld => HeldOn is not null;
}
