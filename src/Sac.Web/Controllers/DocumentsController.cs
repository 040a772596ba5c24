using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using Sac.Application.Common;
using Sac.Application.Documents;
using Sac.Domain.Documents;

namespace Sac.Web.Controllers;

/// <summary>A letter or attachment of a case, with its content type and file name; 404 outside the user's municipalities.</summary>
[Authorize(Policy = Roles.SanctioningOfficial)]
[Route("[controller]")]
public sealed class DocumentsController(IMediator mediator) : Controller
{
    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Download(Guid id, CancellationToken cancellationToken)
    {
        var found = await mediator.Send(new GetDocumentQuery(id), cancellationToken);
        if (found.IsFailure)
        {
            return NotFound();
        }

        var document = found.Value;

        // Letters Sac wrote open in the browser to print; a file someone sent is only ever downloaded, never shown as a page.
        var disposition = new ContentDispositionHeaderValue(document.Kind.IsLetter() ? "inline" : "attachment");
        disposition.SetHttpFileName(document.FileName);
        Response.Headers.ContentDisposition = disposition.ToString();
        Response.Headers.XContentTypeOptions = "nosniff";
        return File(document.Content, document.ContentType);
    }
}
