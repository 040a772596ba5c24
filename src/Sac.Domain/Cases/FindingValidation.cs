namespace Sac.Domain.Cases;

/// <summary>A sanctioning official confirmed a device's finding: who, and when.</summary>
public sealed record FindingValidation(DateTimeOffset At, string By);
