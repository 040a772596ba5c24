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

/// <summary>The sanctioning official's inbox and case page.</summary>
[Authorize(Policy = Roles.SanctioningOfficial)]
public sealed class CasesController(IMediator mediator, IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(CaseInbox inbox, CancellationToken cancellationToken)
    {
        var municipalities = await mediator.Send(new ListMunicipalitiesQuery(), cancellationToken);
        inbox.MunicipalityOptions = [.. municipalities.Select(m => new SelectListItem(Formats.Pick(m.NameNl, m.NameFr), m.Nis))];
        inbox.MunicipalityNames = municipalities.ToDictionary(m => m.Nis, m => Formats.Pick(m.NameNl, m.NameFr));
        if (ModelState.IsValid)
        {
            var found = await mediator.Send(inbox.ToQuery(), cancellationToken);
            if (found.IsSuccess)
            {
                inbox.Cases = found.Value;
            }
            else
            {
                ModelState.AddErrors(found.Errors, localizer);
            }
        }

        return View(inbox);
    }

    [HttpGet]
    public async Task<IActionResult> Details(Guid id, CancellationToken cancellationToken) =>
        await ShowAsync(id, new CloseCaseForm(), cancellationToken);

    [HttpPost]
    public async Task<IActionResult> Close(Guid id, [Bind(Prefix = nameof(CaseDetailsPage.Close))] CloseCaseForm form, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var closed = await mediator.Send(form.ToCommand(id), cancellationToken);
            if (closed.IsSuccess)
            {
                return RedirectToAction(nameof(Details), new { id });
            }

            if (this.Refusal(closed.Errors) is { } refusal)
            {
                return refusal;
            }

            ModelState.AddErrors(closed.Errors, localizer, prefix: nameof(CaseDetailsPage.Close) + ".");
        }

        // The page shows the case as it is now, so the form carries the current version: a stale
        // submit is refused once, with the fresh state on screen, and may then be sent again.
        ModelState.Remove(nameof(CaseDetailsPage.Close) + "." + nameof(CloseCaseForm.Version));
        ViewData["ReturnUrl"] = Url.Action(nameof(Details), new { id });
        return await ShowAsync(id, form, cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(Guid id, CloseCaseForm form, CancellationToken cancellationToken)
    {
        var found = await mediator.Send(new GetCaseQuery(id), cancellationToken);
        if (found.IsFailure)
        {
            return this.Refusal(found.Errors) ?? NotFound();
        }

        // The municipality's settings explain the caps (from which date the 2024 caps apply, the minimum age).
        var municipality = await mediator.Send(new GetMunicipalityQuery(found.Value.Municipality), cancellationToken);
        form.Version = found.Value.Version;
        return View(nameof(Details), new CaseDetailsPage(found.Value, municipality.IsSuccess ? municipality.Value.Settings : null, form));
    }
}
