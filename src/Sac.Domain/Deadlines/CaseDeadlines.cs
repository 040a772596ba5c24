namespace Sac.Domain.Deadlines;

/// <summary>The last day (inclusive) of each step of a case; null until the step that starts it happened.</summary>
public sealed record CaseDeadlines(
    DateOnly Transmission,
    DateOnly Decision,
    DateOnly? Defence = null,
    DateOnly? Appeal = null,
    DateOnly? Payment = null,
    DateOnly? ProsecutorAnswer = null);
