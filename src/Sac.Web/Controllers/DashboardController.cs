using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Sac.Application.Cases.Dashboard;
using Sac.Application.Common;
using Sac.Application.Devices;
using Sac.Application.Municipalities.ListMunicipalities;
using Sac.Web.Models;

namespace Sac.Web.Controllers;

/// <summary>
/// The sanctioning official's home: the work queues of each municipality served, each count a link to the inbox (the
/// findings awaiting validation link to the validation queue), and an alert per device whose feed fell silent.
/// </summary>
[Authorize(Policy = Roles.SanctioningOfficial)]
[Route("[controller]")]
public sealed class DashboardController(IMediator mediator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var queues = await mediator.Send(new GetDashboardQuery(), cancellationToken);
        var municipalities = await mediator.Send(new ListMunicipalitiesQuery(), cancellationToken);
        var silent = await mediator.Send(new ListDevicesQuery(SilentOnly: true), cancellationToken);
        return queues.IsSuccess
            ? View(new DashboardPage(queues.Value, municipalities.ToDictionary(m => m.Nis, m => Formats.Pick(m.NameNl, m.NameFr)), silent.Value))
            : NotFound();
    }
}
