using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Sac.Application.Common;
using Sac.Application.DataProtection.SubjectReport;
using Sac.Application.Municipalities.ListMunicipalities;
using Sac.Web.Models;

namespace Sac.Web.Controllers;

/// <summary>
/// The data-subject report for the DPO, who works with the auditor role. The number is posted, never put in the address:
/// it would stay in the browser's history and the server's logs.
/// </summary>
[Authorize(Policy = Roles.Auditor)]
[Route("[controller]")]
public sealed class DataProtectionController(IMediator mediator, IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await WithNamesAsync(new DataSubjectPage(), cancellationToken));

    [HttpPost("")]
    public Task<IActionResult> Report(DataSubjectPage page, CancellationToken cancellationToken) =>
        ShowAsync(page, nameof(Index), cancellationToken);

    /// <summary>The same report on a page of its own, without navigation, to print or save as PDF.</summary>
    [HttpPost("[action]")]
    public Task<IActionResult> Print(DataSubjectPage page, CancellationToken cancellationToken) =>
        ShowAsync(page, nameof(Print), cancellationToken);

    private async Task<IActionResult> ShowAsync(DataSubjectPage page, string view, CancellationToken cancellationToken)
    {
        var report = await mediator.Send(new GetDataSubjectReportQuery(page.NationalRegisterNumber), cancellationToken);
        if (report.IsFailure)
        {
            if (this.Refusal(report.Errors) is { } refusal)
            {
                return refusal;
            }

            ModelState.AddErrors(report.Errors, localizer);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(nameof(Index), await WithNamesAsync(page, cancellationToken));
        }

        page.Report = report.Value;
        return View(view, await WithNamesAsync(page, cancellationToken));
    }

    private async Task<DataSubjectPage> WithNamesAsync(DataSubjectPage page, CancellationToken cancellationToken)
    {
        var municipalities = await mediator.Send(new ListMunicipalitiesQuery(), cancellationToken);
        page.MunicipalityNames = municipalities.ToDictionary(m => m.Nis, m => Formats.Pick(m.NameNl, m.NameFr));
        return page;
    }
}
