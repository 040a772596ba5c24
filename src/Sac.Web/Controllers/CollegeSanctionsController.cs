using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Sac.Application.CollegeSanctions;
using Sac.Application.Municipalities.GetMunicipality;
using Sac.Domain.Calendar;
using Sac.Domain.Common;
using Sac.Domain.Municipalities;
using Sac.Web.Hosting;
using Sac.Web.Models.Measures;

namespace Sac.Web.Controllers;

/// <summary>
/// The register of the college's suspensions, withdrawals and closures: recorded, warned, decided and notified by the
/// municipal administration or the sanctioning official; read by auditors too.
/// </summary>
[Authorize(Policies.ReadsMeasures)]
[Route("[controller]")]
public sealed class CollegeSanctionsController(IMediator mediator, IStringLocalizer<SharedResource> localizer, IAuthorizationService authorization, TimeProvider clock)
    : Controller
{
    /// <summary>The holder's fields are typed under "Holder." in the form.</summary>
    private static readonly IReadOnlyDictionary<string, string> HolderFields = new Dictionary<string, string>
    {
        ["holder.name"] = "Holder.Name",
        ["holder.number"] = "Holder.Number",
        ["holder.language"] = "Holder.Language",
        ["holder.kind"] = "Holder.Kind",
    };

    private DateOnly Today => BelgianTime.DateOf(clock.GetUtcNow());

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        await MeasurePages.FirstAsync(mediator, cancellationToken) is { } nis ? RedirectToAction(nameof(Register), new { nis }) : NotFound();

    [HttpGet("{nis}")]
    public async Task<IActionResult> Register(string nis, bool endingSoon, CancellationToken cancellationToken)
    {
        var sanctions = await mediator.Send(new ListCollegeSanctionsQuery(nis, endingSoon), cancellationToken);
        if (sanctions.IsFailure || await MeasurePages.PickAsync(mediator, nis, cancellationToken) is not { } picked)
        {
            return NotFound();
        }

        return View(new MeasureRegister<CollegeSanctionDetails>(nis, picked.Name, picked.Options, endingSoon, await authorization.MayKeepAsync(User), sanctions.Value));
    }

    [Authorize(Policies.KeepsMeasures)]
    [HttpGet("{nis}/New")]
    public Task<IActionResult> New(string nis, CancellationToken cancellationToken) => ShowNewAsync(nis, new CollegeSanctionForm(), cancellationToken);

    [Authorize(Policies.KeepsMeasures)]
    [HttpPost("{nis}/New")]
    public async Task<IActionResult> New(string nis, CollegeSanctionForm form, CancellationToken cancellationToken)
    {
        if (await MeasurePages.PickAsync(mediator, nis, cancellationToken) is null)
        {
            return NotFound();
        }

        // A value that fails binding (an unknown kind of holder) is said rather than dropped.
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await ShowNewAsync(nis, form, cancellationToken);
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

        ModelState.AddErrors(recorded.Errors, localizer, HolderFields);
        Response.StatusCode = ResultErrors.StatusOf(recorded.Errors);
        return await ShowNewAsync(nis, form, cancellationToken);
    }

    [HttpGet("Details/{id:guid}")]
    public async Task<IActionResult> Details(Guid id, CancellationToken cancellationToken)
    {
        var found = await mediator.Send(new GetCollegeSanctionQuery(id), cancellationToken);
        return found.IsSuccess ? View(CollegeSanctionPage.Fresh(found.Value, await authorization.MayKeepAsync(User), Today)) : NotFound();
    }

    [Authorize(Policies.KeepsMeasures)]
    [HttpPost("{id:guid}/Warning")]
    public Task<IActionResult> Warning(Guid id, [Bind(Prefix = nameof(CollegeSanctionPage.Warning))] SentLetterForm form, CancellationToken cancellationToken) =>
        StepAsync(id, new SendCollegeWarningCommand(id, form.SentOn, form.Version), page => page with { Warning = form }, nameof(CollegeSanctionPage.Warning), cancellationToken);

    [Authorize(Policies.KeepsMeasures)]
    [HttpPost("{id:guid}/Decision")]
    public Task<IActionResult> Decision(Guid id, [Bind(Prefix = nameof(CollegeSanctionPage.Decision))] CollegeDecisionForm form, CancellationToken cancellationToken) =>
        StepAsync(
            id, new DecideCollegeSanctionCommand(id, form.DecidedOn, form.Kind, form.StartsOn, form.EndsOn, form.Reasons, form.Version),
            page => page with { Decision = form }, nameof(CollegeSanctionPage.Decision), cancellationToken);

    [Authorize(Policies.KeepsMeasures)]
    [HttpPost("{id:guid}/Notification")]
    public Task<IActionResult> Notification(Guid id, [Bind(Prefix = nameof(CollegeSanctionPage.Notification))] SentLetterForm form, CancellationToken cancellationToken) =>
        StepAsync(id, new NotifyCollegeSanctionCommand(id, form.SentOn, form.Version), page => page with { Notification = form }, nameof(CollegeSanctionPage.Notification), cancellationToken);

    private async Task<IActionResult> ShowNewAsync(string nis, CollegeSanctionForm form, CancellationToken cancellationToken)
    {
        var municipality = await mediator.Send(new GetMunicipalityQuery(nis), cancellationToken);
        if (municipality.IsFailure)
        {
            return this.Refusal(municipality.Errors) ?? NotFound();
        }

        form.Infractions = [.. municipality.Value.Regulation.Where(i => !i.Category.IsTrafficWithFixedFine())];
        ViewData["Nis"] = nis;
        return View(nameof(New), form);
    }

    /// <summary>A step done goes back to the page (PRG); a refused one shows the page again with the form as typed and its errors.</summary>
    private async Task<IActionResult> StepAsync(
        Guid id, ICommand<Result> command, Func<CollegeSanctionPage, CollegeSanctionPage> withForm, string prefix, CancellationToken cancellationToken)
    {
        var done = await mediator.Send(command, cancellationToken);
        if (done.IsSuccess)
        {
            return RedirectToAction(nameof(Details), new { id });
        }

        if (this.Refusal(done.Errors) is { } refusal)
        {
            return refusal;
        }

        var found = await mediator.Send(new GetCollegeSanctionQuery(id), cancellationToken);
        if (found.IsFailure)
        {
            return NotFound();
        }

        ModelState.AddErrors(done.Errors, localizer, prefix: prefix + ".");
        Response.StatusCode = ResultErrors.StatusOf(done.Errors);
        return View(nameof(Details), withForm(CollegeSanctionPage.Fresh(found.Value, await authorization.MayKeepAsync(User), Today)));
    }
}
