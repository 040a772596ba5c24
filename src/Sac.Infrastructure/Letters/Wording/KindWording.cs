namespace Sac.Infrastructure.Letters.Wording;

/// <summary>What one kind of letter says of its own: its subject and its body between salutation and closing.</summary>
/// <param name="Salutation">Replaces the common salutation when the kind addresses someone else (the parents).</param>
internal sealed record KindWording(string Subject, IReadOnlyList<LetterBlock> Body, string? Salutation = null);
