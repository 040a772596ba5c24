using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;
using Sac.Application.Common;
using Sac.Application.Municipalities.ListMunicipalities;
using Sac.Web.Models;

namespace Sac.Web.Controllers;

/// <summary>The sanctioning official's inbox and case page; the steps posted from the page are in <see cref="ProcedureController"/>.</summary>
[Authorize(Policy = Roles.SanctioningOfficial)]
public sealed class CasesController(IMediator mediator, IStringLocalizer<SharedResource> localizer, TimeProvider clock)
    : CasePageController(mediator, localizer, clock)
{
    [HttpGet]
    public async Task<IActionResult> Index(CaseInbox inbox, CancellationToken cancellationToken)
    {
        var municipalities = await Mediator.Send(new ListMunicipalitiesQuery(), cancellationToken);
        inbox.MunicipalityOptions = [.. municipalities.Select(m => new SelectListItem(Formats.Pick(m.NameNl, m.NameFr), m.Nis))];
        inbox.MunicipalityNames = municipalities.ToDictionary(m => m.Nis, m => Formats.Pick(m.NameNl, m.NameFr));
        if (ModelState.IsValid)
        {
            var found = await Mediator.Send(inbox.ToQuery(), cancellationToken);
            if (found.IsSuccess)
            {
                inbox.Cases = found.Value;
            }
            else
            {
                ModelState.AddErrors(found.Errors, Localizer);
            }
        }

        return View(inbox);
    }

    /// <param name="open">A step to show open (after its letter was prepared, say).</param>
    [HttpGet]
    public Task<IActionResult> Details(Guid id, CaseStep? open, CancellationToken cancellationToken)
    {
        // A step name that is not one only leaves every step closed; it is no error of the page.
        ModelState.Remove(nameof(open));
        return ShowCaseAsync(id, open, cancellationToken);
    }
}
