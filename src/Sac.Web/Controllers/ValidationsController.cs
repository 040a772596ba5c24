using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Sac.Application.Cases.CloseCase;
using Sac.Application.Cases.Validation;
using Sac.Application.Common;
using Sac.Domain.Cases;
using Sac.Web.Models;

namespace Sac.Web.Controllers;

/// <summary>
/// The sanctioning official's queue of automatic devices' findings to validate, with their photos; one or several are
/// validated at once, each in its own transaction (one refused does not hold back the others). Rejecting one closes its case
/// as not sanctionable, with the official's reason.
/// </summary>
[Authorize(Policy = Roles.SanctioningOfficial)]
[Route("[controller]")]
public sealed class ValidationsController(IMediator mediator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(
        string? municipality, int page = 1, int? validated = null, int? refused = null, string? rejected = null, CancellationToken cancellationToken = default)
    {
        var queue = await mediator.Send(new ListAwaitingValidationQuery(municipality, page), cancellationToken);
        return View(new ValidationQueuePage(queue.Value, municipality, validated, refused, rejected));
    }

    /// <summary>A finding the official does not accept: its case closes as not sanctionable, with the official's reason.</summary>
    [HttpPost("{id:guid}/Reject")]
    public async Task<IActionResult> Reject(Guid id, string? note, string? number, string? municipality, CancellationToken cancellationToken)
    {
        var closed = await mediator.Send(new CloseCaseCommand(id, CloseReason.NotSanctionable, note, null), cancellationToken);
        return closed.IsSuccess
            ? RedirectToAction(nameof(Index), new { municipality, rejected = number })
            : this.Refusal(closed.Errors) ?? RedirectToAction(nameof(Index), new { municipality });
    }

    /// <param name="fromCase">The case page the validation was given from, to go back to.</param>
    [HttpPost("")]
    public async Task<IActionResult> Validate(List<Guid> selected, string? municipality, Guid? fromCase, CancellationToken cancellationToken)
    {
        var validated = 0;
        foreach (var caseId in selected.Distinct())
        {
            if ((await mediator.Send(new ValidateFindingCommand(caseId), cancellationToken)).IsSuccess)
            {
                validated++;
            }
        }

        return fromCase is { } back
            ? RedirectToAction("Details", "Cases", new { id = back })
            : RedirectToAction(nameof(Index), new { municipality, validated, refused = selected.Distinct().Count() - validated });
    }
}
