using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Sac.Application.Cases.Steps;
using Sac.Domain.Cases;
using Sac.Domain.Decisions;

namespace Sac.Web.Models;

/// <summary>An appeal filed with the police court (adults) or the youth court (minors at the facts).</summary>
public sealed class AppealForm : StepForm
{
    public DateOnly? FiledOn { get; set; }

    public RegisterAppealCommand ToCommand(Guid caseId, int? version) => new(caseId, FiledOn, version);
}

/// <summary>The court's judgment; a reduction names the new amount (a fine) or number of hours (community service).</summary>
public sealed class AppealOutcomeForm : StepForm
{
    public AppealOutcome? Outcome { get; set; }

    public DateOnly? JudgedOn { get; set; }

    /// <summary>Text, read by <see cref="Models.Amount"/>: "120,50" and "120.50" are the same amount.</summary>
    public string? ReducedAmount { get; set; }

    public int? ReducedHours { get; set; }

    /// <summary>What was decided, so the form asks for an amount or for hours.</summary>
    [BindNever]
    [ValidateNever]
    public DecisionKind? DecisionKind { get; set; }

    public bool ReducedAmountUnreadable => !Amount.TryParse(ReducedAmount, out _);

    public RecordAppealOutcomeCommand ToCommand(Guid caseId, int? version) =>
        new(caseId, Outcome, JudgedOn, Outcome == AppealOutcome.Reduced ? Read(ReducedAmount) : null,
            Outcome == AppealOutcome.Reduced ? ReducedHours : null, version);

    private static decimal? Read(string? text) => Amount.TryParse(text, out var amount) ? amount : null;
}
