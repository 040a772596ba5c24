using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Sac.Application.Common;
using Sac.Application.Tokens;
using Sac.Web.Models;

namespace Sac.Web.Controllers;

/// <summary>
/// The API tokens of the user's devices, issued, listed and revoked from the browser; a municipal administrator manages
/// those of their municipalities' finders, a system administrator everyone's. A token is shown once, when issued: only
/// its hash is kept.
/// </summary>
[Authorize]
[Route("[controller]")]
public sealed class TokensController(IMediator mediator, IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(Guid? revoked, CancellationToken cancellationToken)
    {
        var tokens = await mediator.Send(new ListApiTokensQuery(), cancellationToken);
        var holders = await mediator.Send(new ListTokenHoldersQuery(), cancellationToken);
        return View(new TokensPage(
            tokens, User.IsInRole(Roles.SystemAdmin) || User.IsInRole(Roles.MunicipalAdmin), tokens.FirstOrDefault(t => t.Id == revoked && t.IsRevoked), holders.Count > 0));
    }

    [HttpGet("[action]")]
    public async Task<IActionResult> Issue(CancellationToken cancellationToken) =>
        View(new IssueTokenForm { Holders = await mediator.Send(new ListTokenHoldersQuery(), cancellationToken) });

    /// <summary>Not redirected: the token is shown this once and is kept nowhere to show it again.</summary>
    [HttpPost("[action]")]
    public async Task<IActionResult> Issue(IssueTokenForm form, CancellationToken cancellationToken)
    {
        var issued = await mediator.Send(new IssueApiTokenCommand(form.OwnerId, form.Name), cancellationToken);
        if (issued.IsSuccess)
        {
            return View("Issued", new IssuedTokenPage(form.Name!.Trim(), issued.Value.Token));
        }

        if (this.Refusal(issued.Errors) is { } refusal)
        {
            return refusal;
        }

        ModelState.AddErrors(issued.Errors, localizer, new Dictionary<string, string> { ["owner"] = nameof(form.OwnerId) });
        form.Holders = await mediator.Send(new ListTokenHoldersQuery(), cancellationToken);
        Response.StatusCode = ResultErrors.StatusOf(issued.Errors);
        return View(form);
    }

    /// <summary>The token stops authenticating at once; the list comes back saying which one was revoked.</summary>
    [HttpPost("{id:guid}/Revoke")]
    public async Task<IActionResult> Revoke(Guid id, CancellationToken cancellationToken)
    {
        var revoked = await mediator.Send(new RevokeApiTokenCommand(id), cancellationToken);
        return revoked.IsSuccess ? RedirectToAction(nameof(Index), new { revoked = id }) : this.Refusal(revoked.Errors) ?? BadRequest();
    }
}
