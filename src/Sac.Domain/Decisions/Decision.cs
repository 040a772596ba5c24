using Sac.Domain.Register;

namespace Sac.Domain.Decisions;

/// <summary>The official's decision on a case, with the reasons written for it.</summary>
public sealed record Decision(
    DateOnly DecidedOn,
    DecisionKind Kind,
    decimal? Amount,
    int? Hours,
    string? NoSanctionReason,
    string? Reasoning,
    string DecidedBy)
{
    /// <summary>Fines and alternative measures are sanctions the register keeps; "no sanction" is not.</summary>
    public bool IsSanction => Kind is not DecisionKind.NoSanction;

    public SanctionKind SanctionKind => Kind switch
    {
        DecisionKind.Fine => SanctionKind.Fine,
        DecisionKind.CommunityService => SanctionKind.CommunityService,
        DecisionKind.Mediation => SanctionKind.Mediation,
        _ => SanctionKind.NoSanction,
    };
}
