namespace Sac.Domain.Decisions;

/// <summary>What the official asks to decide; <see cref="DecisionRules"/> checks it against the law before anything changes.</summary>
public sealed record DecisionRequest(
    DateOnly DecidedOn,
    DecisionKind Kind,
    decimal? Amount,
    int? Hours,
    string? NoSanctionReason,
    string? Reasoning);
