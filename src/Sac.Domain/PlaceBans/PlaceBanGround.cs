namespace Sac.Domain.PlaceBans;

/// <summary>Why the mayor bans someone from a place (art. 134sexies NGW/NLC; gas-law.md §3.6).</summary>
public enum PlaceBanGround
{
    /// <summary>A disturbance of public order by individual or collective behaviour.</summary>
    PublicOrderDisturbance,

    /// <summary>Repeated infractions of the regulation at the same place or during similar events.</summary>
    RepeatedInfractions,
}
