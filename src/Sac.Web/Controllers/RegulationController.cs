using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Sac.Application.Common;
using Sac.Application.Municipalities.GetInfractionHistory;
using Sac.Application.Municipalities.GetMunicipality;
using Sac.Application.Municipalities.ImportRegulation;
using Sac.Web.Models;
using Sac.Web.Spreadsheets;

namespace Sac.Web.Controllers;

/// <summary>The police regulation beyond one form: an infraction's versions and changes, export and import as CSV or XLSX.</summary>
[Authorize(Policy = Roles.MunicipalAdmin)]
[Route("Municipalities")]
public sealed class RegulationController(IMediator mediator, IStringLocalizer<SharedResource> localizer) : Controller
{
    /// <summary>The upload, or its confirmation carrying the file back in base64 (a third larger), with room for the form.</summary>
    private const long RequestLimit = SpreadsheetUpload.MaximumBytes * 2;

    [HttpGet("[action]/{nis}/{code}")]
    public async Task<IActionResult> Infraction(string nis, string code, CancellationToken cancellationToken)
    {
        var found = await mediator.Send(new GetMunicipalityQuery(nis), cancellationToken);
        var versions = found.IsSuccess ? found.Value.History.Where(i => i.Code == code).ToList() : [];
        if (versions.Count == 0)
        {
            return NotFound();
        }

        var changes = await mediator.Send(new GetInfractionHistoryQuery(nis, code), cancellationToken);
        return changes.IsSuccess ? View(new InfractionHistoryPage(found.Value, code, versions, changes.Value)) : NotFound();
    }

    /// <param name="on">Only the versions in force that day; every version when empty.</param>
    /// <param name="format">csv or xlsx.</param>
    [HttpGet("[action]/{nis}")]
    public async Task<IActionResult> Export(string nis, [FromQuery] DateOnly? on, [FromQuery] string? format, CancellationToken cancellationToken)
    {
        var found = await mediator.Send(new GetMunicipalityQuery(nis, on), cancellationToken);
        if (found.IsFailure)
        {
            return NotFound();
        }

        return RegulationDownload.Of(found.Value, on, format, localizer) is { } file ? file : BadRequest();
    }

    [HttpPost("[action]/{nis}")]
    [RequestSizeLimit(RequestLimit)]
    [RequestFormLimits(MultipartBodyLengthLimit = RequestLimit, ValueLengthLimit = (int)RequestLimit)]
    public async Task<IActionResult> Import(string nis, RegulationImportForm form, CancellationToken cancellationToken)
    {
        var found = await mediator.Send(new GetMunicipalityQuery(nis), cancellationToken);
        if (found.IsFailure)
        {
            return NotFound();
        }

        var page = new RegulationImportPage(nis, Formats.Pick(found.Value.NameNl, found.Value.NameFr));
        var upload = await form.ReadAsync(cancellationToken);
        if (upload is null || SpreadsheetUpload.Read(upload.Content, upload.FileName) is not { } table)
        {
            var problem = form.File?.Length > SpreadsheetUpload.MaximumBytes ? "Import.TooLarge" : upload is null ? "Import.ChooseFile" : "Import.NotASpreadsheet";
            ModelState.AddModelError(nameof(RegulationImportForm.File), localizer[problem, SpreadsheetUpload.MaximumBytes / (1024 * 1024)]);
            return ImportPage(page, StatusCodes.Status400BadRequest);
        }

        page.Keep(upload);
        var rows = RegulationSpreadsheet.Read(table, nis, localizer);
        if (rows.Problems.Count > 0)
        {
            page.Problems = rows.Problems;
            return ImportPage(page, StatusCodes.Status400BadRequest);
        }

        var imported = await mediator.Send(new ImportRegulationCommand(nis, rows.Versions, Preview: !form.Confirm), cancellationToken);
        if (this.Refusal(imported.Errors) is { } refusal)
        {
            return refusal;
        }

        if (imported.IsFailure)
        {
            page.Problems = [.. imported.Errors.Select(e => RegulationSpreadsheet.ProblemOf(e, localizer))];
            return ImportPage(page, ResultErrors.StatusOf(imported.Errors));
        }

        if (form.Confirm)
        {
            return Redirect(Url.Action(nameof(MunicipalitiesController.Details), "Municipalities", new { nis }) + "#regulation");
        }

        page.Plan = [.. rows.Versions.Zip(imported.Value.Rows, (version, outcome) => new ImportPlanRow(version.Definition.Code, version.Definition.ValidFrom!.Value, outcome))];
        return ImportPage(page, StatusCodes.Status200OK);
    }

    private ViewResult ImportPage(RegulationImportPage page, int status)
    {
        Response.StatusCode = status;
        return View(nameof(Import), page);
    }
}
