using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;
using Sac.Application.Cases.GetCase;
using Sac.Application.Common;
using Sac.Application.Findings.RecordFinding;
using Sac.Application.Municipalities.GetMunicipality;
using Sac.Application.Municipalities.ListMunicipalities;
using Sac.Domain.Common;
using Sac.Web.Models;

namespace Sac.Web.Controllers;

/// <summary>The finder's phone form: record a finding, which opens a case.</summary>
[Authorize(Policy = Roles.Finder)]
public sealed class FindingsController(IMediator mediator, IStringLocalizer<SharedResource> localizer, TimeProvider clock) : Controller
{
    [HttpGet]
    public async Task<IActionResult> New(CancellationToken cancellationToken)
    {
        var form = new FindingForm { ExternalId = Guid.NewGuid().ToString(), FactsAt = BrusselsTime.Now(clock) };
        return await ShowAsync(form, cancellationToken);
    }

    /// <param name="reload">
    /// Sent by the no-script button that reloads the infractions of another municipality: the form is
    /// shown again as typed, nothing is recorded (a GET would put the offender's data in the address).
    /// </param>
    [HttpPost]
    [ActionName(nameof(New))]
    [RequestSizeLimit(FindingForm.MaximumRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = FindingForm.MaximumRequestBytes)]
    public async Task<IActionResult> RecordAsync(FindingForm form, bool reload, CancellationToken cancellationToken)
    {
        if (reload)
        {
            ModelState.Clear();
            return await ShowAsync(form, cancellationToken);
        }

        var recorded = await TryRecordAsync(form, cancellationToken);
        if (recorded is { IsSuccess: true })
        {
            return RedirectToAction(nameof(Recorded), new { id = recorded.Value.CaseId });
        }

        return recorded is not null && this.Refusal(recorded.Errors) is { } refusal ? refusal : await ShowAsync(form, cancellationToken);
    }

    /// <summary>
    /// A finding the phone kept while it had no connection, sent by its script with the externalId it chose: 201 a new case,
    /// 200 the case that externalId already opened (the earlier answer was lost), otherwise the messages of each field.
    /// </summary>
    [HttpPost]
    [RequestSizeLimit(FindingForm.MaximumRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = FindingForm.MaximumRequestBytes)]
    public async Task<IActionResult> Queued(FindingForm form, CancellationToken cancellationToken)
    {
        var recorded = await TryRecordAsync(form, cancellationToken);
        if (recorded is { IsSuccess: true })
        {
            var outcome = recorded.Value;
            return StatusCode(outcome.Created ? StatusCodes.Status201Created : StatusCodes.Status200OK, new { caseId = outcome.CaseId });
        }

        if (recorded is not null && this.Refusal(recorded.Errors) is { } refusal)
        {
            return refusal;
        }

        return ValidationProblem(statusCode: recorded is null ? StatusCodes.Status400BadRequest : ResultErrors.StatusOf(recorded.Errors), modelStateDictionary: ModelState);
    }

    [HttpGet]
    public async Task<IActionResult> Recorded(Guid id, CancellationToken cancellationToken)
    {
        var found = await mediator.Send(new GetCaseQuery(id), cancellationToken);
        return found.IsSuccess ? View(found.Value) : NotFound();
    }

    /// <summary>
    /// The regulation of <paramref name="municipality"/> in force <paramref name="on"/> (today when absent), in the user's
    /// language: the form's script narrows it by the words typed, and keeps it for use without a connection.
    /// </summary>
    [HttpGet]
    public async Task<IActionResult> Infractions(string? municipality, DateOnly? on, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return BadRequest();
        }

        var regulation = await RegulationAsync(municipality, on, cancellationToken);
        return regulation is null
            ? NotFound()
            : Json(regulation.Select(i => new { code = i.Code, article = i.Article, label = Label(i) }));
    }

    /// <summary>Records the form; a failure's messages are in <see cref="ControllerBase.ModelState"/> unless it is a 404 or 403.</summary>
    /// <returns>Null when a value could not be read (a malformed date): the binder said so, the rest waits for a readable form.</returns>
    private async Task<Result<RecordFindingOutcome>?> TryRecordAsync(FindingForm form, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return null;
        }

        var recorded = await mediator.Send(await form.ToCommandAsync(cancellationToken), cancellationToken);
        if (recorded.IsFailure && this.Refusal(recorded.Errors) is null)
        {
            ModelState.AddErrors(recorded.Errors, localizer, FindingForm.ErrorFields);
        }

        return recorded;
    }

    private async Task<IActionResult> ShowAsync(FindingForm form, CancellationToken cancellationToken)
    {
        var municipalities = await mediator.Send(new ListMunicipalitiesQuery(), cancellationToken);
        form.Municipality ??= municipalities.Count > 0 ? municipalities[0].Nis : null;
        form.MunicipalityOptions = [.. municipalities.Select(m => new SelectListItem(Formats.Pick(m.NameNl, m.NameFr), m.Nis))];
        var regulation = await RegulationAsync(form.Municipality, form.FactsAt is { } factsAt ? DateOnly.FromDateTime(factsAt) : null, cancellationToken);
        form.InfractionOptions = [.. (regulation ?? []).Select(i => new SelectListItem(Label(i), i.Code))];
        return View(nameof(New), form);
    }

    private static string Label(InfractionDetails infraction) => $"{infraction.Code} — {Formats.Pick(infraction.TextNl, infraction.TextFr)}";

    private async Task<IReadOnlyList<InfractionDetails>?> RegulationAsync(string? municipality, DateOnly? on, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(municipality))
        {
            return null;
        }

        var found = await mediator.Send(new GetMunicipalityQuery(municipality, on), cancellationToken);
        return found.IsSuccess ? found.Value.Regulation : null;
    }
}
