using Sac.Domain.Municipalities;
using Sac.Domain.Offenders;
using Sac.Domain.Register;

namespace Sac.Domain.Assessment;

/// <summary>
/// Everything the assessment of a case depends on; <see cref="Today"/> makes it a pure function.
/// <see cref="ProsecutorCleared"/>: a mixed infraction may proceed (protocol waiver, the prosecutor's answer or silence).
/// </summary>
public sealed record AssessmentFacts(
    Offender Offender,
    Infraction Infraction,
    MunicipalitySettings Settings,
    DateOnly FactsDate,
    DateOnly FindingDate,
    DateOnly DecisionDeadline,
    IReadOnlyList<PriorSanction> History,
    DateOnly Today,
    bool ProsecutorCleared = false);
