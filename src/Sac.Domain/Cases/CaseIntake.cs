using Sac.Domain.Devices;
using Sac.Domain.Municipalities;
using Sac.Domain.Offenders;

namespace Sac.Domain.Cases;

/// <summary>
/// A finding as it opens a case: validated shape, the regulation version in force on the facts date, and for an automatic
/// device's finding the device with its certification on the facts date.
/// </summary>
public sealed record CaseIntake(
    string MunicipalityNis,
    Infraction Infraction,
    DateTimeOffset FactsAt,
    DateTimeOffset FindingAt,
    Place Place,
    string? Description,
    Offender Offender,
    string? ExternalId,
    string? Fingerprint,
    DeviceEvidence? Device = null);
