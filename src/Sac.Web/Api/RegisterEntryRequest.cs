using Sac.Application.Offenders;
using Sac.Domain.Register;

namespace Sac.Web.Api;

/// <summary>Body of POST /api/v1/register-entries (api-v1.md); <c>final</c> defaults to true.</summary>
internal sealed record RegisterEntryRequest(
    string? Municipality,
    string? InfractionCode,
    OffenderInput? Offender,
    DateOnly? DecidedAt,
    SanctionKind? Kind,
    decimal? Amount,
    int? Hours,
    bool? Final);
