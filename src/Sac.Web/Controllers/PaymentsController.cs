using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;
using Sac.Application.Common;
using Sac.Application.Municipalities.ListMunicipalities;
using Sac.Application.Payments.BankStatements;
using Sac.Domain.Common;
using Sac.Web.Api;
using Sac.Web.Models;

namespace Sac.Web.Controllers;

/// <summary>
/// Bank statements of a municipality: the official uploads a CODA or camt.053 file, sees what the import matched, and
/// answers the unmatched queue line by line: a case number (the payment is registered on it) or "not a GAS payment".
/// </summary>
[Authorize(Policy = Roles.SanctioningOfficial)]
[Route("[controller]")]
public sealed class PaymentsController(IMediator mediator, IStringLocalizer<SharedResource> localizer) : Controller
{
    /// <summary>The first municipality of the official; the page lets them switch.</summary>
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var municipalities = await mediator.Send(new ListMunicipalitiesQuery(), cancellationToken);
        return municipalities.Count == 0 ? NotFound() : RedirectToAction(nameof(Statements), new { nis = municipalities[0].Nis });
    }

    [HttpGet("{nis}")]
    public Task<IActionResult> Statements(string nis, CancellationToken cancellationToken) => ShowAsync(nis, imported: null, postedEntry: null, cancellationToken);

    [HttpPost("{nis}/Import")]
    [RequestSizeLimit(BankStatementsEndpoints.MaximumFileBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = BankStatementsEndpoints.MaximumFileBytes)]
    public async Task<IActionResult> Import(string nis, BankStatementUploadForm form, CancellationToken cancellationToken)
    {
        var imported = await mediator.Send(new ImportBankStatementCommand(nis, await form.ReadAsync(cancellationToken)), cancellationToken);
        if (imported.IsSuccess)
        {
            return await ShowAsync(nis, imported.Value, postedEntry: null, cancellationToken);
        }

        return await RefusedAsync(nis, imported.Errors, nameof(BankStatementUploadForm.File), postedEntry: null, cancellationToken);
    }

    [HttpPost("{nis}/Entries/{id:guid}/Assign")]
    public async Task<IActionResult> Assign(string nis, Guid id, UnmatchedEntryForm form, CancellationToken cancellationToken)
    {
        var assigned = await mediator.Send(new AssignUnmatchedEntryCommand(nis, id, form.CaseNumber, form.Version), cancellationToken);
        return assigned.IsSuccess
            ? RedirectToAction(nameof(Statements), new { nis })
            : await RefusedAsync(nis, assigned.Errors, nameof(UnmatchedEntryForm.CaseNumber), id, cancellationToken);
    }

    [HttpPost("{nis}/Entries/{id:guid}/SetAside")]
    public async Task<IActionResult> SetAside(string nis, Guid id, UnmatchedEntryForm form, CancellationToken cancellationToken)
    {
        var setAside = await mediator.Send(new SetUnmatchedEntryAsideCommand(nis, id, form.Note, form.Version), cancellationToken);
        return setAside.IsSuccess
            ? RedirectToAction(nameof(Statements), new { nis })
            : await RefusedAsync(nis, setAside.Errors, nameof(UnmatchedEntryForm.Note), id, cancellationToken);
    }

    /// <summary>The page again with the errors above the form they belong to; 404 and 403 end the request.</summary>
    private async Task<IActionResult> RefusedAsync(string nis, IReadOnlyList<Error> errors, string field, Guid? postedEntry, CancellationToken cancellationToken)
    {
        if (this.Refusal(errors) is { } refusal)
        {
            return refusal;
        }

        ModelState.AddErrors(errors.Select(e => e with { Field = field }), localizer);
        Response.StatusCode = ResultErrors.StatusOf(errors);
        return await ShowAsync(nis, imported: null, postedEntry, cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(string nis, BankStatementImport? imported, Guid? postedEntry, CancellationToken cancellationToken)
    {
        var unmatched = await mediator.Send(new ListUnmatchedEntriesQuery(nis), cancellationToken);
        if (unmatched.IsFailure)
        {
            return this.Refusal(unmatched.Errors) ?? NotFound();
        }

        var municipalities = await mediator.Send(new ListMunicipalitiesQuery(), cancellationToken);
        var name = municipalities.Where(m => m.Nis == nis).Select(m => Formats.Pick(m.NameNl, m.NameFr)).FirstOrDefault() ?? nis;
        var options = municipalities.Select(m => new SelectListItem(Formats.Pick(m.NameNl, m.NameFr), m.Nis, m.Nis == nis)).ToList();
        return View(nameof(Statements), new BankStatementsPage(nis, name, options, unmatched.Value, imported, postedEntry));
    }
}
