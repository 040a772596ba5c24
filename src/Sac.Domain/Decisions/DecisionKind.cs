namespace Sac.Domain.Decisions;

/// <summary>What the sanctioning official decides (api-v1.md, POST /cases/{id}/decisions).</summary>
public enum DecisionKind
{
    Fine,
    CommunityService,
    Mediation,
    NoSanction,
}
