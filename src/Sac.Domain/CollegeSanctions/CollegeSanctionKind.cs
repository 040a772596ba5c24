namespace Sac.Domain.CollegeSanctions;

/// <summary>The sanctions the college imposes (gas-law.md §3.1, 2°–4°; §3.7).</summary>
public enum CollegeSanctionKind
{
    PermitSuspension,
    PermitWithdrawal,
    TemporaryClosure,
    DefinitiveClosure,
}

public static class CollegeSanctionKinds
{
    /// <summary>A suspension and a temporary closure run until a last day; a withdrawal and a definitive closure have none.</summary>
    public static bool IsTemporary(this CollegeSanctionKind kind) =>
        kind is CollegeSanctionKind.PermitSuspension or CollegeSanctionKind.TemporaryClosure;
}
