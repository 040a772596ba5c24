using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Sac.Application.Cases.Steps;
using Sac.Application.Reasoning;
using Sac.Domain.Decisions;

namespace Sac.Web.Models;

/// <summary>
/// The decision: its kind, the amount, hours or reason that goes with it, and its written reasons, which the
/// official composes from the municipality's blocks (<see cref="BlockIds"/>, in the order shown) and then edits.
/// </summary>
public sealed class DecisionForm : StepForm
{
    public DateOnly? DecidedAt { get; set; }

    public DecisionKind? Kind { get; set; }

    /// <summary>Text, read by <see cref="Models.Amount"/>: "120,50" and "120.50" are the same amount.</summary>
    public string? Amount { get; set; }

    public int? Hours { get; set; }

    /// <summary>Why no sanction is imposed (only for <see cref="DecisionKind.NoSanction"/>).</summary>
    public string? Reason { get; set; }

    public string? Reasoning { get; set; }

    public IList<Guid> BlockIds { get; set; } = [];

    [BindNever]
    [ValidateNever]
    public DecisionChoices Choices { get; set; } = DecisionChoices.None;

    /// <summary>Only a fine needs a readable amount; another kind ignores what the amount field holds.</summary>
    public bool AmountUnreadable => Kind == DecisionKind.Fine && !Models.Amount.TryParse(Amount, out _);

    public DecideCommand ToCommand(Guid caseId, int? version) =>
        new(caseId, DecidedAt, Kind, ReadAmount(), Hours, Reason, Reasoning, version);

    public DraftReasoningQuery ToDraftQuery(Guid caseId) => new(caseId, [.. BlockIds], ReadAmount());

    private decimal? ReadAmount() => Models.Amount.TryParse(Amount, out var amount) ? amount : null;
}
