using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Sac.Application.Measures;
using Sac.Web.Hosting;

namespace Sac.Web.Controllers;

/// <summary>The letters of college sanctions and place bans, as sent.</summary>
[Authorize(Policies.ReadsMeasures)]
[Route("[controller]")]
public sealed class MeasureDocumentsController(IMediator mediator) : Controller
{
    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Download(Guid id, CancellationToken cancellationToken)
    {
        var found = await mediator.Send(new GetMeasureDocumentQuery(id), cancellationToken);
        return found.IsSuccess ? File(found.Value.Content, found.Value.ContentType, found.Value.FileName) : NotFound();
    }
}
