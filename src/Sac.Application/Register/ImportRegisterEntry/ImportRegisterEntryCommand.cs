using Mediator;
using Sac.Application.Offenders;
using Sac.Domain.Common;
using Sac.Domain.Register;

namespace Sac.Application.Register.ImportRegisterEntry;

/// <summary>Imports a decision of an earlier system into the GAS register (api-v1.md, POST /api/v1/register-entries).</summary>
public sealed record ImportRegisterEntryCommand(
    string? Municipality,
    string? InfractionCode,
    OffenderInput? Offender,
    DateOnly? DecidedAt,
    SanctionKind? Kind,
    decimal? Amount,
    int? Hours,
    bool Final) : ICommand<Result<Guid>>;
