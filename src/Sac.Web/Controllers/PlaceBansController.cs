using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Sac.Application.Municipalities.ListMunicipalities;
using Sac.Application.PlaceBans;
using Sac.Domain.Calendar;
using Sac.Web.Hosting;
using Sac.Web.Models;
using Sac.Web.Models.Measures;

namespace Sac.Web.Controllers;

/// <summary>
/// The register of the mayor's temporary place bans, kept by the municipal administration or the sanctioning official and
/// read by auditors; the finders of the municipality see the bans in force (<see cref="Active"/>).
/// </summary>
[Authorize]
[Route("[controller]")]
public sealed class PlaceBansController(IMediator mediator, IStringLocalizer<SharedResource> localizer, IAuthorizationService authorization, TimeProvider clock)
    : Controller
{
    /// <summary>The person's fields are typed under "Person." in the form.</summary>
    private static readonly IReadOnlyDictionary<string, string> PersonFields = new Dictionary<string, string>
    {
        ["person.name"] = "Person.Name",
        ["person.number"] = "Person.Number",
        ["person.language"] = "Person.Language",
        ["person.kind"] = "Person.Kind",
    };

    private DateOnly Today => BelgianTime.DateOf(clock.GetUtcNow());

    [Authorize(Policies.ReadsMeasures)]
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        await MeasurePages.FirstAsync(mediator, cancellationToken) is { } nis ? RedirectToAction(nameof(Register), new { nis }) : NotFound();

    /// <summary>The bans in force today in every municipality of the user: who may not be where, until when.</summary>
    [Authorize(Policies.SeesPlaceBans)]
    [HttpGet("Active")]
    public async Task<IActionResult> Active(CancellationToken cancellationToken)
    {
        var municipalities = await mediator.Send(new ListMunicipalitiesQuery(), cancellationToken);
        var lists = new List<(string, IReadOnlyList<ActivePlaceBan>)>();
        foreach (var municipality in municipalities)
        {
            var bans = await mediator.Send(new ListActivePlaceBansQuery(municipality.Nis), cancellationToken);
            lists.Add((Formats.Pick(municipality.NameNl, municipality.NameFr), bans.Value));
        }

        return View(new ActivePlaceBansPage(lists));
    }

    [Authorize(Policies.ReadsMeasures)]
    [HttpGet("{nis}")]
    public async Task<IActionResult> Register(string nis, bool endingSoon, CancellationToken cancellationToken)
    {
        var bans = await mediator.Send(new ListPlaceBansQuery(nis, endingSoon), cancellationToken);
        if (bans.IsFailure || await MeasurePages.PickAsync(mediator, nis, cancellationToken) is not { } picked)
        {
            return NotFound();
        }

        return View(new MeasureRegister<PlaceBanDetails>(nis, picked.Name, picked.Options, endingSoon, await authorization.MayKeepAsync(User), bans.Value));
    }

    [Authorize(Policies.KeepsMeasures)]
    [HttpGet("{nis}/New")]
    public async Task<IActionResult> New(string nis, CancellationToken cancellationToken) =>
        await MeasurePages.PickAsync(mediator, nis, cancellationToken) is null ? NotFound() : ShowNew(nis, new PlaceBanForm { HeardOn = Today });

    [Authorize(Policies.KeepsMeasures)]
    [HttpPost("{nis}/New")]
    public async Task<IActionResult> New(string nis, PlaceBanForm form, CancellationToken cancellationToken)
    {
        if (await MeasurePages.PickAsync(mediator, nis, cancellationToken) is null)
        {
            return NotFound();
        }

        var recorded = await mediator.Send(form.ToCommand(nis), cancellationToken);
        if (recorded.IsSuccess)
        {
            return RedirectToAction(nameof(Details), new { id = recorded.Value });
        }

        if (this.Refusal(recorded.Errors) is { } refusal)
        {
            return refusal;
        }

        ModelState.AddErrors(recorded.Errors, localizer, PersonFields);
        Response.StatusCode = ResultErrors.StatusOf(recorded.Errors);
        return ShowNew(nis, form);
    }

    [Authorize(Policies.ReadsMeasures)]
    [HttpGet("Details/{id:guid}")]
    public async Task<IActionResult> Details(Guid id, CancellationToken cancellationToken)
    {
        var found = await mediator.Send(new GetPlaceBanQuery(id), cancellationToken);
        return found.IsSuccess ? View(PlaceBanPage.Fresh(found.Value, await authorization.MayKeepAsync(User), Today)) : NotFound();
    }

    /// <summary>A period imposed goes back to the page (PRG); a refused one shows the page again with the form as typed and its errors.</summary>
    [Authorize(Policies.KeepsMeasures)]
    [HttpPost("{id:guid}/Period")]
    public async Task<IActionResult> Period(Guid id, [Bind(Prefix = nameof(PlaceBanPage.Period))] PlaceBanPeriodForm form, CancellationToken cancellationToken)
    {
        var done = await mediator.Send(new ImposePlaceBanPeriodCommand(id, form.DecidedOn, form.StartsOn, form.EndsOn, form.Version), cancellationToken);
        if (done.IsSuccess)
        {
            return RedirectToAction(nameof(Details), new { id });
        }

        if (this.Refusal(done.Errors) is { } refusal)
        {
            return refusal;
        }

        var found = await mediator.Send(new GetPlaceBanQuery(id), cancellationToken);
        if (found.IsFailure)
        {
            return NotFound();
        }

        ModelState.AddErrors(done.Errors, localizer, prefix: nameof(PlaceBanPage.Period) + ".");
        Response.StatusCode = ResultErrors.StatusOf(done.Errors);
        return View(nameof(Details), PlaceBanPage.Fresh(found.Value, await authorization.MayKeepAsync(User), Today) with { Period = form });
    }

    private ViewResult ShowNew(string nis, PlaceBanForm form)
    {
        ViewData["Nis"] = nis;
        return View(nameof(New), form);
    }
}
