namespace Sac.Domain.Reasoning;

/// <summary>What a reusable block of a decision's reasons answers.</summary>
public enum ReasoningTopic
{
    /// <summary>Opening and legal framework, used in most decisions.</summary>
    General,

    /// <summary>The answer to one kind of defence argument ("I did not know", "the bin was full", …).</summary>
    DefenceArgument,

    /// <summary>Why this infraction matters; tied to an infraction code.</summary>
    Infraction,

    /// <summary>Why this sanction and this amount (recidivism, proportionality, a minor).</summary>
    Sanction,
}
