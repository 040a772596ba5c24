using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Sac.Application.Common;
using Sac.Application.Tokens;
using Sac.Web.Models;

namespace Sac.Web.Controllers;

/// <summary>
/// The API tokens of the user's devices, listed and revoked from the browser; a system administrator manages everyone's.
/// The token itself is never shown again: only its hash is kept.
/// </summary>
[Authorize]
[Route("[controller]")]
public sealed class TokensController(IMediator mediator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(Guid? revoked, CancellationToken cancellationToken)
    {
        var tokens = await mediator.Send(new ListApiTokensQuery(), cancellationToken);
        return View(new TokensPage(tokens, User.IsInRole(Roles.SystemAdmin), tokens.FirstOrDefault(t => t.Id == revoked && t.IsRevoked)));
    }

    /// <summary>The token stops authenticating at once; the list comes back saying which one was revoked.</summary>
    [HttpPost("{id:guid}/Revoke")]
    public async Task<IActionResult> Revoke(Guid id, CancellationToken cancellationToken)
    {
        var revoked = await mediator.Send(new RevokeApiTokenCommand(id), cancellationToken);
        return revoked.IsSuccess ? RedirectToAction(nameof(Index), new { revoked = id }) : this.Refusal(revoked.Errors) ?? BadRequest();
    }
}
