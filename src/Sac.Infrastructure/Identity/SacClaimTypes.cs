namespace Sac.Infrastructure.Identity;

public static class SacClaimTypes
{
    /// <summary>One claim per municipality (NIS code) the user works for.</summary>
    public const string Municipality = "sac:municipality";
}
