namespace Sac.Domain.Register;

/// <summary>An earlier decision about the same offender, as the GAS register holds it.</summary>
public sealed record PriorSanction(
    Guid RegisterEntryId,
    Guid? CaseId,
    string? CaseNumber,
    string MunicipalityNis,
    string InfractionCode,
    DateOnly DecidedOn,
    SanctionKind Kind,
    bool Final);
