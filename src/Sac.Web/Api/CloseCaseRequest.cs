using Sac.Domain.Cases;

namespace Sac.Web.Api;

/// <summary>Body of POST /api/v1/cases/{id}/closures; <see cref="Version"/> is the case version the caller saw.</summary>
internal sealed record CloseCaseRequest(CloseReason? Reason, string? Note, int? Version);
