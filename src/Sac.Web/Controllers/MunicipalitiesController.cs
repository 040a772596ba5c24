using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Sac.Application.Common;
using Sac.Application.Municipalities.GetMunicipality;
using Sac.Application.Municipalities.ListMunicipalities;
using Sac.Domain.Common;
using Sac.Web.Models;

namespace Sac.Web.Controllers;

/// <summary>The municipal administrator's pages: the council's choices, the letterhead and the police regulation.</summary>
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
    public async Task<IActionResult> EditSettings(string nis, SettingsForm form, CancellationToken cancellationToken) =>
        await SendAsync(form.ToCommand(nis), nis, cancellationToken)
        ?? await ShowAgainAsync(nis, form, name => form.MunicipalityName = name, cancellationToken);

    [HttpGet("[action]/{nis}")]
    public async Task<IActionResult> EditLetterhead(string nis, CancellationToken cancellationToken)
    {
        var found = await mediator.Send(new GetMunicipalityQuery(nis), cancellationToken);
        return found.IsSuccess ? View(LetterheadForm.From(found.Value)) : NotFound();
    }

    [HttpPost("[action]/{nis}")]
    public async Task<IActionResult> EditLetterhead(string nis, LetterheadForm form, CancellationToken cancellationToken) =>
        await SendAsync(form.ToCommand(nis), nis, cancellationToken)
        ?? await ShowAgainAsync(nis, form, name => form.MunicipalityName = name, cancellationToken);

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

        return await SendAsync(form.ToCommand(nis), nis, cancellationToken)
            ?? await ShowAgainAsync(nis, form, name => form.MunicipalityName = name, cancellationToken);
    }

    /// <summary>Sends a valid form's command: a redirect on success, a refusal page, or null with the errors beside the fields.</summary>
    private async Task<IActionResult?> SendAsync(ICommand<Result> command, string nis, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return null;
        }

        var sent = await mediator.Send(command, cancellationToken);
        if (sent.IsSuccess)
        {
            return RedirectToAction(nameof(Details), new { nis });
        }

        if (this.Refusal(sent.Errors) is { } refusal)
        {
            return refusal;
        }

        ModelState.AddErrors(sent.Errors, localizer);
        return null;
    }

    private async Task<IActionResult> ShowAgainAsync(string nis, object form, Action<string> nameMunicipality, CancellationToken cancellationToken)
    {
        var found = await mediator.Send(new GetMunicipalityQuery(nis), cancellationToken);
        if (found.IsFailure)
        {
            return NotFound();
        }

        nameMunicipality(Formats.Pick(found.Value.NameNl, found.Value.NameFr));
        return View(form);
    }
}
