using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Sac.Application.Common;
using Sac.Application.Documents;
using Sac.Web.Models;

namespace Sac.Web.Controllers;

/// <summary>
/// The steps of the procedure, each posted from its form on the case page with the case version the page showed.
/// The fields of a step arrive as "Forms.{step}.{field}" (<see cref="CaseStepForms"/>).
/// </summary>
[Authorize(Policy = Roles.SanctioningOfficial)]
[Route("Cases/{id:guid}")]
public sealed class ProcedureController(IMediator mediator, IStringLocalizer<SharedResource> localizer, TimeProvider clock)
    : CasePageController(mediator, localizer, clock)
{
    private const string Forms = nameof(CaseDetailsPage.Forms) + ".";

    /// <summary>A letter refused as a whole ("kind": this case has nothing it could say) is said above the form.</summary>
    private static readonly IReadOnlyDictionary<string, string> LetterRefusalFields = new Dictionary<string, string> { ["kind"] = string.Empty };

    [HttpPost("[action]")]
    public Task<IActionResult> ReportToProsecutor(
        Guid id, int? version, [Bind(Prefix = Forms + nameof(CaseStep.ReportToProsecutor))] ReportToProsecutorForm form, CancellationToken cancellationToken) =>
        StepAsync(id, CaseStep.ReportToProsecutor, form, form.ToCommand(id, version), cancellationToken);

    [HttpPost("[action]")]
    public Task<IActionResult> ProsecutorAnswer(
        Guid id, int? version, [Bind(Prefix = Forms + nameof(CaseStep.ProsecutorAnswer))] ProsecutorAnswerForm form, CancellationToken cancellationToken) =>
        StepAsync(id, CaseStep.ProsecutorAnswer, form, form.ToCommand(id, version), cancellationToken);

    /// <summary>A letter step recorded with the day it was posted (the prepared letter, if any, is marked posted).</summary>
    [HttpPost("Letters/{step}/Posted")]
    public async Task<IActionResult> LetterPosted(Guid id, CaseStep step, int? version, CancellationToken cancellationToken)
    {
        if (!CaseStepForms.Letters.TryGetValue(step, out var kind))
        {
            return NotFound();
        }

        var form = new PostedLetterForm { Kind = kind };
        await TryUpdateModelAsync(form, CaseStepForms.PrefixOf(step));
        return await StepAsync(id, step, form, form.ToCommand(id, version), cancellationToken, PostedLetterForm.ErrorFields);
    }

    /// <summary>A letter step's letter written into the post tray, to print and post; posting it there is the step.</summary>
    [HttpPost("Letters/{step}/Prepare")]
    public async Task<IActionResult> PrepareLetter(Guid id, CaseStep step, CancellationToken cancellationToken)
    {
        if (!CaseStepForms.Letters.TryGetValue(step, out var kind))
        {
            return NotFound();
        }

        var prepared = await Mediator.Send(new PrepareLetterCommand(id, kind), cancellationToken);
        return prepared.IsSuccess
            ? RedirectToAction(nameof(CasesController.Details), "Cases", new { id, open = step }, fragment: "step-" + step)
            : await RefusedAsync(id, new PostedStep(step, new PostedLetterForm()), prepared.Errors, cancellationToken, LetterRefusalFields);
    }

    [HttpPost("[action]")]
    public Task<IActionResult> Lawyer(
        Guid id, int? version, [Bind(Prefix = Forms + nameof(CaseStep.Lawyer))] LawyerForm form, CancellationToken cancellationToken) =>
        StepAsync(id, CaseStep.Lawyer, form, form.ToCommand(id, version), cancellationToken);

    [HttpPost("[action]")]
    public Task<IActionResult> MediationOutcome(
        Guid id, int? version, [Bind(Prefix = Forms + nameof(CaseStep.MediationOutcome))] MediationOutcomeForm form, CancellationToken cancellationToken) =>
        StepAsync(id, CaseStep.MediationOutcome, form, form.ToCommand(id, version), cancellationToken);

    [HttpPost("[action]")]
    public Task<IActionResult> CommunityServiceOffer(
        Guid id, int? version, [Bind(Prefix = Forms + nameof(CaseStep.CommunityServiceOffer))] CommunityServiceOfferForm form, CancellationToken cancellationToken) =>
        StepAsync(id, CaseStep.CommunityServiceOffer, form, form.ToCommand(id, version), cancellationToken);

    [HttpPost("[action]")]
    public Task<IActionResult> CommunityServiceOutcome(
        Guid id, int? version, [Bind(Prefix = Forms + nameof(CaseStep.CommunityServiceOutcome))] CommunityServiceOutcomeForm form, CancellationToken cancellationToken) =>
        StepAsync(id, CaseStep.CommunityServiceOutcome, form, form.ToCommand(id, version), cancellationToken);

    /// <summary>The defence with its files (multipart); the application refuses a file above its maximum size.</summary>
    [HttpPost("[action]")]
    [RequestSizeLimit(DefenceForm.MaximumRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = DefenceForm.MaximumRequestBytes)]
    public async Task<IActionResult> Defence(
        Guid id, int? version, [Bind(Prefix = Forms + nameof(CaseStep.Defence))] DefenceForm form, CancellationToken cancellationToken) =>
        await StepAsync(id, CaseStep.Defence, form, await form.ToCommandAsync(id, version, cancellationToken), cancellationToken);

    [HttpPost("[action]")]
    public Task<IActionResult> ScheduleHearing(
        Guid id, int? version, [Bind(Prefix = Forms + nameof(CaseStep.ScheduleHearing))] HearingForm form, CancellationToken cancellationToken) =>
        StepAsync(id, CaseStep.ScheduleHearing, form, form.ToCommand(id, version), cancellationToken);

    [HttpPost("[action]")]
    public Task<IActionResult> RecordHearing(
        Guid id, int? version, [Bind(Prefix = Forms + nameof(CaseStep.RecordHearing))] HearingMinutesForm form, CancellationToken cancellationToken) =>
        StepAsync(id, CaseStep.RecordHearing, form, form.ToCommand(id, version), cancellationToken);

    [HttpPost("[action]")]
    public Task<IActionResult> Decide(
        Guid id, int? version, [Bind(Prefix = Forms + nameof(CaseStep.Decide))] DecisionForm form, CancellationToken cancellationToken)
    {
        RefuseUnreadableAmount(form.AmountUnreadable, CaseStep.Decide, nameof(DecisionForm.Amount));
        return StepAsync(id, CaseStep.Decide, form, form.ToCommand(id, version), cancellationToken);
    }

    /// <summary>
    /// "Compose": the reasons drafted from the chosen blocks, in the offender's language, replace the text; the
    /// form comes back to edit it. Nothing is decided yet.
    /// </summary>
    [HttpPost("[action]")]
    public async Task<IActionResult> ComposeReasoning(
        Guid id, [Bind(Prefix = Forms + nameof(CaseStep.Decide))] DecisionForm form, CancellationToken cancellationToken)
    {
        var posted = new PostedStep(CaseStep.Decide, form);
        var draft = await Mediator.Send(form.ToDraftQuery(id), cancellationToken);
        if (draft.IsFailure)
        {
            return await RefusedAsync(id, posted, draft.Errors, cancellationToken);
        }

        form.Reasoning = draft.Value.Text;
        ModelState.Remove(CaseStepForms.PrefixOf(CaseStep.Decide) + "." + nameof(DecisionForm.Reasoning));
        return await ShowCaseAsync(id, posted, StatusCodes.Status200OK, cancellationToken);
    }

    [HttpPost("[action]")]
    public Task<IActionResult> Appeal(
        Guid id, int? version, [Bind(Prefix = Forms + nameof(CaseStep.Appeal))] AppealForm form, CancellationToken cancellationToken) =>
        StepAsync(id, CaseStep.Appeal, form, form.ToCommand(id, version), cancellationToken);

    [HttpPost("[action]")]
    public Task<IActionResult> AppealOutcome(
        Guid id, int? version, [Bind(Prefix = Forms + nameof(CaseStep.AppealOutcome))] AppealOutcomeForm form, CancellationToken cancellationToken)
    {
        RefuseUnreadableAmount(form.ReducedAmountUnreadable, CaseStep.AppealOutcome, nameof(AppealOutcomeForm.ReducedAmount));
        return StepAsync(id, CaseStep.AppealOutcome, form, form.ToCommand(id, version), cancellationToken);
    }

    [HttpPost("[action]")]
    public Task<IActionResult> Payment(
        Guid id, int? version, [Bind(Prefix = Forms + nameof(CaseStep.Payment))] PaymentForm form, CancellationToken cancellationToken)
    {
        RefuseUnreadableAmount(form.AmountUnreadable, CaseStep.Payment, nameof(PaymentForm.Amount));
        return StepAsync(id, CaseStep.Payment, form, form.ToCommand(id, version), cancellationToken);
    }

    [HttpPost("[action]")]
    public Task<IActionResult> Refund(
        Guid id, int? version, [Bind(Prefix = Forms + nameof(CaseStep.Refund))] RefundForm form, CancellationToken cancellationToken)
    {
        RefuseUnreadableAmount(form.AmountUnreadable, CaseStep.Refund, nameof(RefundForm.Amount));
        return StepAsync(id, CaseStep.Refund, form, form.ToCommand(id, version), cancellationToken);
    }

    [HttpPost("[action]")]
    public Task<IActionResult> HandOver(
        Guid id, int? version, [Bind(Prefix = Forms + nameof(CaseStep.HandOver))] HandOverForm form, CancellationToken cancellationToken) =>
        StepAsync(id, CaseStep.HandOver, form, form.ToCommand(id, version), cancellationToken);

    /// <summary>Closes a paid case: the reason is always "paid", whatever was posted.</summary>
    [HttpPost("[action]")]
    public Task<IActionResult> ClosePaid(
        Guid id, int? version, [Bind(Prefix = Forms + nameof(CaseStep.ClosePaid))] CloseCaseForm form, CancellationToken cancellationToken)
    {
        form.Reason = Sac.Domain.Cases.CloseReason.Paid;
        return StepAsync(id, CaseStep.ClosePaid, form, form.ToCommand(id, version), cancellationToken);
    }

    /// <summary>Closes the case without sanction, before any decision, for one of the reasons the law allows.</summary>
    [HttpPost("Close")]
    public Task<IActionResult> CloseWithoutSanction(
        Guid id, int? version, [Bind(Prefix = Forms + nameof(CaseStep.CloseWithoutSanction))] CloseCaseForm form, CancellationToken cancellationToken) =>
        StepAsync(id, CaseStep.CloseWithoutSanction, form, form.ToCommand(id, version), cancellationToken);

    /// <summary>An amount the Belgian way ("200,50") that does not read as one is an error of its field, in the user's language.</summary>
    private void RefuseUnreadableAmount(bool unreadable, CaseStep step, string field)
    {
        if (unreadable)
        {
            ModelState.AddModelError(CaseStepForms.PrefixOf(step) + "." + field, Localizer["Amount.Invalid"]);
        }
    }
}
