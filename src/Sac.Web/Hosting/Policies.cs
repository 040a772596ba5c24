namespace Sac.Web.Hosting;

/// <summary>Authorization policies beyond one role each (those are named after the role).</summary>
internal static class Policies
{
    /// <summary>Officials write decisions from the blocks; municipal administrators keep them too.</summary>
    public const string KeepsReasoningBlocks = nameof(KeepsReasoningBlocks);

    /// <summary>Statistics of their municipalities: officials, the municipality's administrators and auditors; never finders.</summary>
    public const string ReadsStatistics = nameof(ReadsStatistics);

    /// <summary>
    /// The college's sanctions and the mayor's place bans are recorded by the municipal administration (the college's
    /// secretariat, a municipal administrator) or by the sanctioning official who prepares them.
    /// </summary>
    public const string KeepsMeasures = nameof(KeepsMeasures);

    /// <summary>The registers of college sanctions and place bans: those who keep them, and auditors.</summary>
    public const string ReadsMeasures = nameof(ReadsMeasures);

    /// <summary>The place bans in force: the finders of the municipality too, who watch the places.</summary>
    public const string SeesPlaceBans = nameof(SeesPlaceBans);

    /// <summary>Municipal administrators manage the users of their municipalities, system administrators everyone.</summary>
    public const string AdministersUsers = nameof(AdministersUsers);
}
