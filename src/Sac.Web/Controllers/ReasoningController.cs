using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;
using Sac.Application.Municipalities.GetMunicipality;
using Sac.Application.Municipalities.ListMunicipalities;
using Sac.Application.Reasoning;
using Sac.Web.Hosting;
using Sac.Web.Models;

namespace Sac.Web.Controllers;

/// <summary>The municipality's reusable blocks of reasons for decisions, kept by its officials and administrators.</summary>
[Authorize(Policies.KeepsReasoningBlocks)]
[Route("[controller]")]
public sealed class ReasoningController(IMediator mediator, IStringLocalizer<SharedResource> localizer) : Controller
{
    /// <summary>The first municipality of the user; the page lets them switch.</summary>
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var municipalities = await mediator.Send(new ListMunicipalitiesQuery(), cancellationToken);
        return municipalities.Count == 0 ? NotFound() : RedirectToAction(nameof(Blocks), new { nis = municipalities[0].Nis });
    }

    [HttpGet("{nis}")]
    public async Task<IActionResult> Blocks(string nis, CancellationToken cancellationToken)
    {
        var blocks = await mediator.Send(new ListReasoningBlocksQuery(nis, IncludeRetired: true), cancellationToken);
        if (blocks.IsFailure)
        {
            return NotFound();
        }

        var municipalities = await mediator.Send(new ListMunicipalitiesQuery(), cancellationToken);
        var name = municipalities.Where(m => m.Nis == nis).Select(m => Formats.Pick(m.NameNl, m.NameFr)).FirstOrDefault() ?? nis;
        var options = municipalities.Select(m => new SelectListItem(Formats.Pick(m.NameNl, m.NameFr), m.Nis, m.Nis == nis)).ToList();
        return View(new ReasoningBlocksPage(nis, name, options, blocks.Value));
    }

    /// <param name="block">The block to change; none for a new one.</param>
    [HttpGet("{nis}/Edit/{block:guid?}")]
    public async Task<IActionResult> Edit(string nis, Guid? block, CancellationToken cancellationToken)
    {
        var blocks = await mediator.Send(new ListReasoningBlocksQuery(nis, IncludeRetired: true), cancellationToken);
        if (blocks.IsFailure)
        {
            return NotFound();
        }

        ReasoningBlockForm form;
        if (block is null)
        {
            form = new ReasoningBlockForm();
        }
        else if (blocks.Value.FirstOrDefault(b => b.Id == block) is { } found)
        {
            form = ReasoningBlockForm.From(found);
        }
        else
        {
            return NotFound();
        }

        return await ShowAsync(nis, form, cancellationToken);
    }

    [HttpPost("{nis}/Edit/{block:guid?}")]
    public async Task<IActionResult> Edit(string nis, Guid? block, ReasoningBlockForm form, CancellationToken cancellationToken)
    {
        form.Id = block;
        if (ModelState.IsValid)
        {
            var defined = await mediator.Send(form.ToCommand(nis, block), cancellationToken);
            if (defined.IsSuccess)
            {
                return RedirectToAction(nameof(Blocks), new { nis });
            }

            if (this.Refusal(defined.Errors) is { } refusal)
            {
                return refusal;
            }

            ModelState.AddErrors(defined.Errors, localizer);
            Response.StatusCode = ResultErrors.StatusOf(defined.Errors);
        }
        else
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return await ShowAsync(nis, form, cancellationToken);
    }

    [HttpPost("{nis}/Retire/{block:guid}")]
    public async Task<IActionResult> Retire(string nis, Guid block, CancellationToken cancellationToken)
    {
        var retired = await mediator.Send(new RetireReasoningBlockCommand(nis, block), cancellationToken);
        return retired.IsSuccess ? RedirectToAction(nameof(Blocks), new { nis }) : this.Refusal(retired.Errors) ?? NotFound();
    }

    private async Task<IActionResult> ShowAsync(string nis, ReasoningBlockForm form, CancellationToken cancellationToken)
    {
        var municipality = await mediator.Send(new GetMunicipalityQuery(nis), cancellationToken);
        if (municipality.IsFailure)
        {
            return NotFound();
        }

        form.MunicipalityName = Formats.Pick(municipality.Value.NameNl, municipality.Value.NameFr);
        form.InfractionOptions = [.. municipality.Value.Regulation.Select(i => new SelectListItem($"{i.Code} — {Formats.Pick(i.TextNl, i.TextFr)}", i.Code))];
        return View(nameof(Edit), form);
    }
}
