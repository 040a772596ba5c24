using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;
using Sac.Application.Cases.GetCase;
using Sac.Application.Common;
using Sac.Application.Municipalities.GetMunicipality;
using Sac.Application.Municipalities.ListMunicipalities;
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

        // A value the binder could not read (a malformed date) is reported as such; the rest waits for a readable form.
        if (ModelState.IsValid)
        {
            var recorded = await mediator.Send(await form.ToCommandAsync(cancellationToken), cancellationToken);
            if (recorded.IsSuccess)
            {
                return RedirectToAction(nameof(Recorded), new { id = recorded.Value.CaseId });
            }

            if (this.Refusal(recorded.Errors) is { } refusal)
            {
                return refusal;
            }

            ModelState.AddErrors(recorded.Errors, localizer, FindingForm.ErrorFields);
        }

        return await ShowAsync(form, cancellationToken);
    }

    [HttpGet]
    public async Task<IActionResult> Recorded(Guid id, CancellationToken cancellationToken)
    {
        var found = await mediator.Send(new GetCaseQuery(id), cancellationToken);
        return found.IsSuccess ? View(found.Value) : NotFound();
    }

    /// <summary>The regulation in force today in <paramref name="municipality"/>, for the form's script.</summary>
    [HttpGet]
    public async Task<IActionResult> Infractions(string? municipality, CancellationToken cancellationToken)
    {
        var options = await InfractionOptionsAsync(municipality, cancellationToken);
        return options is null ? NotFound() : Json(options.Select(o => new { code = o.Value, label = o.Text }));
    }

    private async Task<IActionResult> ShowAsync(FindingForm form, CancellationToken cancellationToken)
    {
        var municipalities = await mediator.Send(new ListMunicipalitiesQuery(), cancellationToken);
        form.Municipality ??= municipalities.Count > 0 ? municipalities[0].Nis : null;
        form.MunicipalityOptions = [.. municipalities.Select(m => new SelectListItem(Formats.Pick(m.NameNl, m.NameFr), m.Nis))];
        form.InfractionOptions = await InfractionOptionsAsync(form.Municipality, cancellationToken) ?? [];
        return View(nameof(New), form);
    }

    private async Task<IReadOnlyList<SelectListItem>?> InfractionOptionsAsync(string? municipality, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(municipality))
        {
            return null;
        }

        var found = await mediator.Send(new GetMunicipalityQuery(municipality), cancellationToken);
        return found.IsSuccess
            ? [.. found.Value.Regulation.Select(i => new SelectListItem($"{i.Code} — {Formats.Pick(i.TextNl, i.TextFr)}", i.Code))]
            : null;
    }
}
