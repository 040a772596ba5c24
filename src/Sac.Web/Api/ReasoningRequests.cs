using Sac.Domain.Reasoning;

namespace Sac.Web.Api;

/// <summary>Body of PUT /api/v1/municipalities/{nis}/reasoning-blocks/{id} (and POST to create).</summary>
internal sealed record ReasoningBlockRequest(ReasoningTopic? Topic, string? InfractionCode, string? Title, string? TextNl, string? TextFr);

/// <summary>Body of POST /api/v1/cases/{id}/reasoning-drafts: the blocks to join and, for {amount}, the intended fine.</summary>
internal sealed record ReasoningDraftRequest(IReadOnlyList<Guid>? BlockIds, decimal? Amount);
