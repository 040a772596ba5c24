using Sac.Domain.Municipalities;

namespace Sac.Web.Api;

/// <summary>
/// Body of PUT /api/v1/municipalities/{nis}/infractions/{code}; minors are not allowed unless it says so, and a mixed
/// infraction waits for the prosecutor unless the protocol agreement waives it.
/// </summary>
internal sealed record InfractionRequest(
    InfractionCategory? Category,
    string? Article,
    string? TextNl,
    string? TextFr,
    decimal? MinimumAmount,
    decimal? MaximumAmount,
    decimal? DefaultAmount,
    decimal? RecidivismMaximumAmount,
    bool MinorsAllowed,
    DateOnly? ValidFrom,
    bool ProsecutionWaivedByProtocol = false);
