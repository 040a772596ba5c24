namespace Sac.Domain.Cases;

/// <summary>A written defence (verweer / défense) the offender sent within or after the defence period.</summary>
public sealed record WrittenDefence(DateOnly ReceivedOn, string Text, string RegisteredBy);
