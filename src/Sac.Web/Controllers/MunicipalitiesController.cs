using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Sac.Application.Common;
using Sac.Application.Municipalities.GetMunicipality;
using Sac.Application.Municipalities.ListMunicipalities;
using Sac.Web.Models;

namespace Sac.Web.Controllers;

/// <summary>The municipal administrator's pages: the council's choices and the police regulation.</summary>
[Authorize(Policy = Roles.MunicipalAdmin)]
[Route("[controller]")]
public sealed class MunicipalitiesController(IMediator mediator, IStringLocalizer<SharedResource> localizer, TimeProvider clock) : Controller
{
    [HttpGet("")]
    [HttpGet("[action]")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await mediator.Send(new ListMunicipalitiesQuery(), cancellationToken));

    [HttpGet("[action]/{nis}")]
    public async Task<IActionResult> Details(string nis, CancellationToken cancellationToken)
    {
        var found = await mediator.Send(new GetMunicipalityQuery(nis), cancellationToken);
        return found.IsSuccess ? View(found.Value) : NotFound();
    }

    [HttpGet("[action]/{nis}")]
    public async Task<IActionResult> EditSettings(string nis, CancellationToken cancellationToken)
    {
        var found = await mediator.Send(new GetMunicipalityQuery(nis), cancellationToken);
        return found.IsSuccess ? View(SettingsForm.From(found.Value)) : NotFound();
    }

    [HttpPost("[action]/{nis}")]
    public async Task<IActionResult> EditSettings(string nis, SettingsForm form, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var changed = await mediator.Send(form.ToCommand(nis), cancellationToken);
            if (changed.IsSuccess)
            {
                return RedirectToAction(nameof(Details), new { nis });
            }

            if (this.Refusal(changed.Errors) is { } refusal)
            {
                return refusal;
            }

            ModelState.AddErrors(changed.Errors, localizer);
        }

        var found = await mediator.Send(new GetMunicipalityQuery(nis), cancellationToken);
        if (found.IsFailure)
        {
            return NotFound();
        }

        form.MunicipalityName = Formats.Pick(found.Value.NameNl, found.Value.NameFr);
        return View(form);
    }

    /// <param name="code">The infraction to add a version to; none for a new infraction.</param>
    [HttpGet("[action]/{nis}/{code?}")]
    public async Task<IActionResult> EditInfraction(string nis, [FromRoute] string? code, CancellationToken cancellationToken)
    {
        var found = await mediator.Send(new GetMunicipalityQuery(nis), cancellationToken);
        if (found.IsFailure)
        {
            return NotFound();
        }

        var today = BrusselsTime.Today(clock);
        InfractionForm form;
        if (code is null)
        {
            form = new InfractionForm { IsNew = true, ValidFrom = today };
        }
        else if (found.Value.History.Where(i => i.Code == code).MaxBy(i => i.ValidFrom) is { } latest)
        {
            form = InfractionForm.From(latest, today);
        }
        else
        {
            return NotFound();
        }

        form.MunicipalityName = Formats.Pick(found.Value.NameNl, found.Value.NameFr);
        return View(form);
    }

    [HttpPost("[action]/{nis}/{code?}")]
    public async Task<IActionResult> EditInfraction(string nis, [FromRoute] string? code, InfractionForm form, CancellationToken cancellationToken)
    {
        // The address names the infraction being versioned; only a new one takes its code from the form
        // (hence [FromRoute]: the binder would otherwise fill "code" from the form's Code field too).
        form.IsNew = code is null;
        form.Code = code ?? form.Code;
        foreach (var field in form.UnreadableAmounts())
        {
            ModelState.AddModelError(field, localizer["Amount.Invalid"]);
        }

        if (ModelState.IsValid)
        {
            var defined = await mediator.Send(form.ToCommand(nis), cancellationToken);
            if (defined.IsSuccess)
            {
                return RedirectToAction(nameof(Details), new { nis });
            }

            if (this.Refusal(defined.Errors) is { } refusal)
            {
                return refusal;
            }

            ModelState.AddErrors(defined.Errors, localizer);
        }

        var found = await mediator.Send(new GetMunicipalityQuery(nis), cancellationToken);
        if (found.IsFailure)
        {
            return NotFound();
        }

        form.MunicipalityName = Formats.Pick(found.Value.NameNl, found.Value.NameFr);
        return View(form);
    }
}
