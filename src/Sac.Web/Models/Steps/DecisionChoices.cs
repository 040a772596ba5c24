using Sac.Application.Cases.GetCase;
using Sac.Application.Municipalities.GetMunicipality;
using Sac.Application.Reasoning;
using Sac.Domain.Decisions;
using Sac.Domain.Reasoning;

namespace Sac.Web.Models;

/// <summary>What the decision form offers: the kinds of decision, the amounts and hours the assessment allows, the blocks of reasons.</summary>
/// <param name="Municipality">Whose blocks these are: the form links to where they are written.</param>
public sealed record DecisionChoices(
    string Municipality,
    IReadOnlyList<DecisionKind> Kinds,
    decimal? MinimumFine,
    decimal? MaximumFine,
    decimal? FixedFine,
    int? MaximumHours,
    DateOnly? DefenceRunsUntil,
    IReadOnlyList<ReasoningGroup> Reasoning)
{
    public static readonly DecisionChoices None = new(string.Empty, [], null, null, null, null, null, []);

    /// <summary>
    /// <paramref name="blocks"/> are the municipality's blocks in force; <paramref name="today"/> tells whether the
    /// defence period still runs (a sanction must wait for its end; the domain refuses it until then).
    /// </summary>
    public static DecisionChoices For(CaseDetails c, CaseActions actions, IReadOnlyList<ReasoningBlockDetails> blocks, DateOnly today)
    {
        var a = c.Assessment;
        return new DecisionChoices(
            c.Municipality,
            actions.DecisionKinds,
            a.MinimumFine,
            a.MaximumFine,
            a.FixedFine,
            a.MaximumCommunityServiceHours,
            c.Deadlines.Defence is { } lastDay && lastDay >= today ? lastDay : null,
            ReasoningGroup.Of(blocks, c.Infraction.Code));
    }

    /// <summary>The amount the form proposes: the fixed fine, else the regulation's default within what the assessment allows.</summary>
    public decimal? ProposedAmount(InfractionDetails? infraction)
    {
        if (FixedFine is { } fixedFine)
        {
            return fixedFine;
        }

        if (infraction?.DefaultAmount is not { } proposed)
        {
            return null;
        }

        proposed = MaximumFine is { } maximum && proposed > maximum ? maximum : proposed;
        return MinimumFine is { } minimum && proposed < minimum ? minimum : proposed;
    }
}

/// <summary>
/// Blocks of reasons under one heading: first those about the case's infraction, then by topic, then those about
/// other infractions (rarely needed, so last).
/// </summary>
/// <param name="Heading">A resource key.</param>
public sealed record ReasoningGroup(string Heading, IReadOnlyList<ReasoningBlockDetails> Blocks)
{
    public const string ThisInfraction = "Reasoning.Group.ThisInfraction";
    public const string OtherInfractions = "Reasoning.Group.OtherInfractions";

    public static IReadOnlyList<ReasoningGroup> Of(IReadOnlyList<ReasoningBlockDetails> blocks, string infractionCode)
    {
        var groups = new List<ReasoningGroup>
        {
            new(ThisInfraction, [.. blocks.Where(b => b.Topic == ReasoningTopic.Infraction && b.InfractionCode == infractionCode)]),
        };
        groups.AddRange(Enum.GetValues<ReasoningTopic>()
            .Where(t => t != ReasoningTopic.Infraction)
            .Select(t => new ReasoningGroup($"ReasoningTopic.{t}", [.. blocks.Where(b => b.Topic == t)])));
        groups.Add(new(OtherInfractions, [.. blocks.Where(b => b.Topic == ReasoningTopic.Infraction && b.InfractionCode != infractionCode)]));
        return [.. groups.Where(g => g.Blocks.Count > 0)];
    }
}
