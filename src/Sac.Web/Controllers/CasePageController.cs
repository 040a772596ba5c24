using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Sac.Application.Audit;
using Sac.Application.Cases.ChangesSince;
using Sac.Application.Cases.GetCase;
using Sac.Application.Cases.Procedure;
using Sac.Application.Common;
using Sac.Application.Municipalities.GetMunicipality;
using Sac.Application.Reasoning;
using Sac.Domain.Calendar;
using Sac.Domain.Common;
using Sac.Web.Models;

namespace Sac.Web.Controllers;

/// <summary>
/// The case page and the steps posted from it. A step that succeeds redirects to the page (Post/Redirect/Get); one
/// that is refused shows the page again with the form as typed and its errors in the user's language: 400 for a
/// field that is wrong, 422 when the law does not allow the step, 409 when someone changed the case meanwhile.
/// </summary>
public abstract class CasePageController(IMediator mediator, IStringLocalizer<SharedResource> localizer, TimeProvider clock) : Controller
{
    protected IMediator Mediator => mediator;

    protected IStringLocalizer<SharedResource> Localizer => localizer;

    /// <param name="open">A step to show open, such as the letter step whose letter was just prepared.</param>
    protected Task<IActionResult> ShowCaseAsync(Guid id, CaseStep? open, CancellationToken cancellationToken) =>
        ShowCaseAsync(id, null, StatusCodes.Status200OK, cancellationToken, open);

    /// <summary>Sends a step's command when its form could be read; on refusal the page comes back with the errors beside the step's fields.</summary>
    protected async Task<IActionResult> StepAsync(
        Guid id, CaseStep step, StepForm form, ICaseStepCommand command, CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string>? fields = null)
    {
        if (!ModelState.IsValid)
        {
            return await ShowCaseAsync(id, new PostedStep(step, form), StatusCodes.Status400BadRequest, cancellationToken);
        }

        var done = await mediator.Send(command, cancellationToken);
        if (done.IsSuccess)
        {
            return RedirectToAction(nameof(CasesController.Details), "Cases", new { id });
        }

        return await RefusedAsync(id, new PostedStep(step, form), done.Errors, cancellationToken, fields, command.ExpectedVersion);
    }

    /// <summary>
    /// 404 or 403 end the request; a step posted from a stale page comes back with what was done to the case since
    /// <paramref name="seenVersion"/>; other errors go beside the step's fields, with the status their kind calls for.
    /// </summary>
    protected async Task<IActionResult> RefusedAsync(
        Guid id, PostedStep posted, IReadOnlyList<Error> errors, CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string>? fields = null, int? seenVersion = null)
    {
        if (this.Refusal(errors) is { } refusal)
        {
            return refusal;
        }

        if (seenVersion is { } seen && errors.Any(e => e.Code == ApplicationErrors.StaleVersion.Code))
        {
            var changes = await mediator.Send(new GetCaseChangesSinceQuery(id, seen), cancellationToken);
            return await ShowCaseAsync(id, posted, StatusCodes.Status409Conflict, cancellationToken, changedMeanwhile: changes.IsSuccess ? changes.Value : []);
        }

        ModelState.AddErrors(errors, localizer, fields, CaseStepForms.PrefixOf(posted.Step) + ".");
        return await ShowCaseAsync(id, posted, ResultErrors.StatusOf(errors), cancellationToken);
    }

    /// <param name="changedMeanwhile">What others did since the page the user posted from; null unless it was stale.</param>
    protected async Task<IActionResult> ShowCaseAsync(
        Guid id, PostedStep? posted, int status, CancellationToken cancellationToken, CaseStep? open = null, IReadOnlyList<CaseChange>? changedMeanwhile = null)
    {
        var found = await mediator.Send(new GetCaseQuery(id), cancellationToken);
        if (found.IsFailure)
        {
            return this.Refusal(found.Errors) ?? NotFound();
        }

        var c = found.Value;
        var today = BelgianTime.DateOf(clock.GetUtcNow());
        var actions = CaseActions.For(c);

        // The regulation of the facts date proposes the amount; the municipality's settings explain the caps.
        var municipality = await mediator.Send(new GetMunicipalityQuery(c.Municipality, BelgianTime.DateOf(c.FactsAt)), cancellationToken);
        var infraction = municipality.IsSuccess ? municipality.Value.Regulation.FirstOrDefault(i => i.Code == c.Infraction.Code) : null;
        var blocks = actions.Can(CaseStep.Decide) ? await mediator.Send(new ListReasoningBlocksQuery(c.Municipality), cancellationToken) : null;
        var choices = DecisionChoices.For(c, actions, blocks is { IsSuccess: true } ? blocks.Value : [], today);
        var forms = CaseStepForms.For(c, today, choices, choices.ProposedAmount(infraction), posted);
        var audit = await mediator.Send(new GetCaseAuditTrailQuery(id), cancellationToken);

        Response.StatusCode = status;
        return View("~/Views/Cases/Details.cshtml", new CaseDetailsPage(c, municipality.IsSuccess ? municipality.Value.Settings : null, actions, forms, posted?.Step ?? open)
        {
            Audit = audit.IsSuccess ? audit.Value : [],
            ChangedMeanwhile = changedMeanwhile,
        });
    }
}
