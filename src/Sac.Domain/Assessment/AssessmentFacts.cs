using Sac.Domain.Municipalities;
using Sac.Domain.Offenders;
using Sac.Domain.Register;

namespace Sac.Domain.Assessment;

/// <summary>Everything the assessment of a case depends on; <see cref="Today"/> makes it a pure function.</summary>
public sealed record AssessmentFacts(
    Offender Offender,
    Infraction Infraction,
    MunicipalitySettings Settings,
    DateOnly FactsDate,
    DateOnly FindingDate,
    DateOnly DecisionDeadline,
    IReadOnlyList<PriorSanction> History,
    DateOnly Today);
