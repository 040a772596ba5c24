namespace Sac.Domain.Payments;

/// <summary>A payment received for a case's fine; partial payments add up.</summary>
public sealed record Payment(DateOnly PaidOn, decimal Amount, string? Communication, string RegisteredBy);
