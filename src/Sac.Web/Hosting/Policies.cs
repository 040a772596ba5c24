namespace Sac.Web.Hosting;

/// <summary>Authorization policies beyond one role each (those are named after the role).</summary>
internal static class Policies
{
    /// <summary>Officials write decisions from the blocks; municipal administrators keep them too.</summary>
    public const string KeepsReasoningBlocks = nameof(KeepsReasoningBlocks);

    /// <summary>Statistics of their municipalities: officials, the municipality's administrators and auditors; never finders.</summary>
    public const string ReadsStatistics = nameof(ReadsStatistics);

    /// <summary>Municipal administrators manage the users of their municipalities, system administrators everyone.</summary>
    public const string AdministersUsers = nameof(AdministersUsers);
}
