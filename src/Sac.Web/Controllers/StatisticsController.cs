using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;
using Sac.Application.Municipalities.ListMunicipalities;
using Sac.Application.Statistics;
using Sac.Web.Hosting;
using Sac.Web.Models;
using Sac.Web.Spreadsheets;

namespace Sac.Web.Controllers;

/// <summary>Statistics per municipality and period, drawn in the browser and downloadable as CSV and XLSX.</summary>
[Authorize(Policy = Policies.ReadsStatistics)]
[Route("[controller]")]
public sealed class StatisticsController(IMediator mediator, IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(StatisticsFilter filter, CancellationToken cancellationToken)
    {
        var municipalities = await mediator.Send(new ListMunicipalitiesQuery(), cancellationToken);
        var options = municipalities.Select(m => new SelectListItem(Formats.Pick(m.NameNl, m.NameFr), m.Nis)).ToList();
        StatisticsReport? report = null;
        if (ModelState.IsValid)
        {
            var counted = await mediator.Send(filter.ToQuery(), cancellationToken);
            if (counted.IsSuccess)
            {
                report = counted.Value;
                filter.From = report.From;
                filter.To = report.To;
            }
            else
            {
                ModelState.AddErrors(counted.Errors, localizer);
            }
        }

        return View(new StatisticsPage(filter, report, options, localizer));
    }

    [HttpGet("[action]")]
    public Task<IActionResult> Csv(StatisticsFilter filter, CancellationToken cancellationToken) =>
        DownloadAsync(filter, (table, name) => File(CsvFile.Write(table), CsvFile.ContentType, name + ".csv"), cancellationToken);

    [HttpGet("[action]")]
    public Task<IActionResult> Xlsx(StatisticsFilter filter, CancellationToken cancellationToken) =>
        DownloadAsync(filter, (table, name) => File(XlsxFile.Write(table, localizer["Statistics.Sheet"]), XlsxFile.ContentType, name + ".xlsx"), cancellationToken);

    private async Task<IActionResult> DownloadAsync(StatisticsFilter filter, Func<SpreadsheetTable, string, IActionResult> file, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return BadRequest(ModelState);
        }

        var query = filter.ToQuery();
        var counted = await mediator.Send(query, cancellationToken);
        return counted.IsSuccess
            ? file(StatisticsSpreadsheet.Of(counted.Value, localizer), StatisticsSpreadsheet.FileName(counted.Value, query.Municipality, localizer))
            : BadRequest();
    }
}
