using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Sac.Application.Common;
using Sac.Application.Registries;
using Sac.Web.Models;

namespace Sac.Web.Controllers;

/// <summary>
/// The Identify step of the case page: the official identifies or re-identifies the offender through the registries. As the
/// other steps, but a registry that could not answer shows the page again with 503 (the message says to try later).
/// </summary>
[Authorize(Policy = Roles.SanctioningOfficial)]
[Route("Cases/{id:guid}")]
public sealed class IdentificationController(IMediator mediator, IStringLocalizer<SharedResource> localizer, TimeProvider clock)
    : CasePageController(mediator, localizer, clock)
{
    private const string Prefix = nameof(CaseDetailsPage.Forms) + "." + nameof(CaseStep.Identify);

    [HttpPost("[action]")]
    public async Task<IActionResult> Identify(Guid id, int? version, [Bind(Prefix = Prefix)] IdentifyForm form, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return await ShowCaseAsync(id, new PostedStep(CaseStep.Identify, form), StatusCodes.Status400BadRequest, cancellationToken);
        }

        var done = await Mediator.Send(form.ToCommand(id, version), cancellationToken);
        if (done.IsSuccess)
        {
            return RedirectToAction(nameof(CasesController.Details), "Cases", new { id });
        }

        var shown = await RefusedAsync(id, new PostedStep(CaseStep.Identify, form), done.Errors, cancellationToken, seenVersion: version);
        if (RegistryErrors.IsUnavailable(done.Errors) && shown is ViewResult)
        {
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        }

        return shown;
    }
}
