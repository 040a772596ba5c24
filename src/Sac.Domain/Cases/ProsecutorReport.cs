namespace Sac.Domain.Cases;

/// <summary>A mixed infraction reported to the public prosecutor (gas-law.md §2.2, §5 T3).</summary>
public sealed record ProsecutorReport(DateOnly ReceivedOn, ProsecutorAnswer? Answer = null, DateOnly? AnsweredOn = null);

public enum ProsecutorAnswer
{
    /// <summary>The prosecutor prosecutes: the administrative procedure ends.</summary>
    Prosecutes,

    /// <summary>The prosecutor leaves the case to the sanctioning official (for serious mixed infractions, the required agreement).</summary>
    LeavesToOfficial,
}
