using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Sac.Application.Cases.Collection;
using Sac.Application.Common;
using Sac.Web.Models;
using Sac.Web.Spreadsheets;

namespace Sac.Web.Controllers;

/// <summary>The fines handed over to forced collection, on screen and as a spreadsheet for the financial director and the bailiff.</summary>
[Authorize(Policy = Roles.SanctioningOfficial)]
[Route("[controller]")]
public sealed class CollectionController(IMediator mediator, IStringLocalizer<SharedResource> localizer, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var lines = await mediator.Send(new ListForCollectionQuery(), cancellationToken);
        return lines.IsSuccess ? View(lines.Value) : NotFound();
    }

    [HttpGet("[action]")]
    public async Task<IActionResult> Csv(CancellationToken cancellationToken)
    {
        var lines = await mediator.Send(new ListForCollectionQuery(), cancellationToken);
        if (lines.IsFailure)
        {
            return NotFound();
        }

        var fileName = localizer["Collection.FileName", BrusselsTime.Today(clock).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)];
        return File(CollectionCsv.Write(lines.Value, localizer), CsvFile.ContentType, fileName);
    }
}
