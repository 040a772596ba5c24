using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;
using Sac.Application.Common;
using Sac.Application.Devices;
using Sac.Application.Municipalities.ListMunicipalities;
using Sac.Web.Models;

namespace Sac.Web.Controllers;

/// <summary>The municipal administrator's register of automatic devices: registered, changed or retired, certified.</summary>
[Authorize(Policy = Roles.MunicipalAdmin)]
[Route("[controller]")]
public sealed class DevicesController(IMediator mediator, IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var devices = await mediator.Send(new ListDevicesQuery(), cancellationToken);
        var names = await mediator.Send(new ListMunicipalitiesQuery(), cancellationToken);
        return View(new DevicesPage(devices.Value, names.ToDictionary(m => m.Nis, m => Formats.Pick(m.NameNl, m.NameFr))));
    }

    [HttpGet("[action]")]
    public async Task<IActionResult> New(CancellationToken cancellationToken) =>
        View(new DeviceForm { MunicipalityChoices = await MunicipalityChoicesAsync(cancellationToken) });

    [HttpPost("[action]")]
    public async Task<IActionResult> New(DeviceForm form, CancellationToken cancellationToken)
    {
        var registered = await mediator.Send(form.ToRegisterCommand(), cancellationToken);
        if (registered.IsSuccess)
        {
            return RedirectToAction(nameof(Details), new { id = registered.Value });
        }

        if (this.Refusal(registered.Errors) is { } refusal)
        {
            return refusal;
        }

        ModelState.AddErrors(registered.Errors, localizer);
        form.MunicipalityChoices = await MunicipalityChoicesAsync(cancellationToken);
        Response.StatusCode = ResultErrors.StatusOf(registered.Errors);
        return View(form);
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Details(Guid id, CancellationToken cancellationToken)
    {
        var found = await mediator.Send(new GetDeviceQuery(id), cancellationToken);
        return found.IsSuccess
            ? View(new DevicePage(found.Value, DeviceForm.Of(found.Value), new CertificationForm { Version = found.Value.Version }))
            : NotFound();
    }

    [HttpPost("{id:guid}")]
    public async Task<IActionResult> Details(Guid id, DeviceForm form, CancellationToken cancellationToken)
    {
        var changed = await mediator.Send(form.ToChangeCommand(id), cancellationToken);
        return changed.IsSuccess
            ? RedirectToAction(nameof(Details), new { id })
            : await ShowAgainAsync(id, changed.Errors, form, null, cancellationToken);
    }

    [HttpPost("{id:guid}/Certifications")]
    public async Task<IActionResult> Certify(Guid id, [Bind(Prefix = "Certification")] CertificationForm form, CancellationToken cancellationToken)
    {
        var certified = await mediator.Send(new CertifyDeviceCommand(id, form.Reference, form.ValidFrom, form.ValidUntil, form.Version), cancellationToken);
        return certified.IsSuccess
            ? RedirectToAction(nameof(Details), new { id })
            : await ShowAgainAsync(id, certified.Errors, null, form, cancellationToken);
    }

    private async Task<IActionResult> ShowAgainAsync(
        Guid id, IReadOnlyList<Sac.Domain.Common.Error> errors, DeviceForm? form, CertificationForm? certification, CancellationToken cancellationToken)
    {
        if (this.Refusal(errors) is { } refusal)
        {
            return refusal;
        }

        var found = await mediator.Send(new GetDeviceQuery(id), cancellationToken);
        if (found.IsFailure)
        {
            return NotFound();
        }

        ModelState.AddErrors(errors, localizer, prefix: form is null ? "Certification." : "Form.");
        Response.StatusCode = ResultErrors.StatusOf(errors);
        return View(nameof(Details), new DevicePage(
            found.Value, form ?? DeviceForm.Of(found.Value), certification ?? new CertificationForm { Version = found.Value.Version }));
    }

    private async Task<IReadOnlyList<SelectListItem>> MunicipalityChoicesAsync(CancellationToken cancellationToken) =>
        [.. (await mediator.Send(new ListMunicipalitiesQuery(), cancellationToken)).Select(m => new SelectListItem(Formats.Pick(m.NameNl, m.NameFr), m.Nis))];
}
