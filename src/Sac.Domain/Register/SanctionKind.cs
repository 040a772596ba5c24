namespace Sac.Domain.Register;

/// <summary>What a decision imposed; every kind but <see cref="NoSanction"/> counts for recidivism.</summary>
public enum SanctionKind
{
    Fine,
    CommunityService,
    Mediation,
    NoSanction,
}
