using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;
using Sac.Application.Common;
using Sac.Application.Municipalities.ListMunicipalities;
using Sac.Web.Models;

namespace Sac.Web.Controllers;

/// <summary>The auditor's screens: the audit trail and the registry-access log of their municipalities, filtered, paged, as CSV.</summary>
[Authorize(Policy = Roles.Auditor)]
[Route("[controller]")]
public sealed class AuditController(IMediator mediator, IStringLocalizer<SharedResource> localizer, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(AuditEntriesPage filter, CancellationToken cancellationToken)
    {
        filter.MunicipalityOptions = await MunicipalityOptionsAsync(cancellationToken);
        if (ModelState.IsValid)
        {
            var found = await mediator.Send(filter.ToQuery(), cancellationToken);
            if (found.IsSuccess)
            {
                filter.Entries = found.Value;
            }
            else
            {
                ModelState.AddErrors(found.Errors, localizer);
            }
        }

        return View(filter);
    }

    [HttpGet("csv")]
    public async Task<IActionResult> EntriesCsv(AuditEntriesPage filter, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return BadRequest();
        }

        var found = await mediator.Send(filter.ToQuery(export: true), cancellationToken);
        return found.IsSuccess
            ? File(AuditCsv.Entries(found.Value.Items, localizer), AuditCsv.ContentType, AuditCsv.FileName("audit", clock))
            : this.Refusal(found.Errors) ?? BadRequest();
    }

    [HttpGet("registry-access")]
    public async Task<IActionResult> RegistryAccess(RegistryAccessPage filter, CancellationToken cancellationToken)
    {
        filter.MunicipalityOptions = await MunicipalityOptionsAsync(cancellationToken);
        if (ModelState.IsValid)
        {
            var found = await mediator.Send(filter.ToQuery(), cancellationToken);
            if (found.IsSuccess)
            {
                filter.Accesses = found.Value;
            }
            else
            {
                ModelState.AddErrors(found.Errors, localizer);
            }
        }

        return View(filter);
    }

    [HttpGet("registry-access/csv")]
    public async Task<IActionResult> RegistryAccessCsv(RegistryAccessPage filter, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return BadRequest();
        }

        var found = await mediator.Send(filter.ToQuery(export: true), cancellationToken);
        return found.IsSuccess
            ? File(AuditCsv.RegistryAccesses(found.Value.Items, localizer), AuditCsv.ContentType, AuditCsv.FileName("registry-access", clock))
            : this.Refusal(found.Errors) ?? BadRequest();
    }

    private async Task<IReadOnlyList<SelectListItem>> MunicipalityOptionsAsync(CancellationToken cancellationToken) =>
        [.. (await mediator.Send(new ListMunicipalitiesQuery(), cancellationToken)).Select(m => new SelectListItem(Formats.Pick(m.NameNl, m.NameFr), m.Nis))];
}
