using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Sac.Application.Common;
using Sac.Application.Documents;
using Sac.Domain.Common;
using Sac.Web.Models;

namespace Sac.Web.Controllers;

/// <summary>
/// The post tray: letters to print and post. Marking the notice, the decision, the parents' letter or the mediation
/// offer as posted is that step of the procedure, and the posting date starts its deadlines.
/// </summary>
[Authorize(Policy = Roles.SanctioningOfficial)]
[Route("[controller]")]
public sealed class PostTrayController(IMediator mediator, IStringLocalizer<SharedResource> localizer, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public Task<IActionResult> Index(CancellationToken cancellationToken) => ShowAsync(null, StatusCodes.Status200OK, cancellationToken);

    [HttpPost("{id:guid}/Posted")]
    public async Task<IActionResult> MarkPosted(Guid id, DateOnly? postedOn, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var posted = await mediator.Send(new MarkLetterPostedCommand(id, postedOn, null), cancellationToken);
            if (posted.IsSuccess)
            {
                return RedirectToAction(nameof(Index));
            }

            if (this.Refusal(posted.Errors) is { } refusal)
            {
                return refusal;
            }

            ModelState.AddErrors(posted.Errors, localizer, PostTrayPage.ErrorFields);
            return await ShowAsync(new PostTrayPage.Attempt(id, postedOn), ResultErrors.StatusOf(posted.Errors), cancellationToken);
        }

        return await ShowAsync(new PostTrayPage.Attempt(id, postedOn), StatusCodes.Status400BadRequest, cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(PostTrayPage.Attempt? attempt, int status, CancellationToken cancellationToken)
    {
        var tray = await mediator.Send(new GetPostTrayQuery(), cancellationToken);
        Response.StatusCode = status;
        return View(nameof(Index), new PostTrayPage(tray.IsSuccess ? tray.Value : [], BrusselsTime.Today(clock), attempt));
    }
}
