using Sac.Domain.LegalRegimes;
using Sac.Domain.Register;

namespace Sac.Domain.Assessment;

/// <summary>The legal assessment of a case on a given day (gas-law.md §0b), with the facts behind each answer.</summary>
public sealed record CaseAssessment
{
    public required LegalRegime Regime { get; init; }

    public required bool Sanctionable { get; init; }

    public required IReadOnlyList<string> Reasons { get; init; }

    public required int? AgeAtFacts { get; init; }

    public required bool IsMinor { get; init; }

    public required PriorSanction? PriorSanction { get; init; }

    public bool IsRecidivism => PriorSanction is not null;

    /// <summary>True when the municipality's adoption of the 2024 caps covers the facts date.</summary>
    public required bool Caps2024Apply { get; init; }

    public required decimal? MaximumFine { get; init; }

    public required decimal? MinimumFine { get; init; }

    public required decimal? FixedFine { get; init; }

    public required FineCapBasis? MaximumFineBasis { get; init; }

    public required int? MaximumCommunityServiceHours { get; init; }

    public required bool MediationMustBeOffered { get; init; }

    public required bool MediationMayBeOffered { get; init; }

    public required bool OralHearingMayBeRequested { get; init; }
}
