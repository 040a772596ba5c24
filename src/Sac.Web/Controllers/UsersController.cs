using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Sac.Application.Users;
using Sac.Domain.Common;
using Sac.Web.Hosting;
using Sac.Web.Models;

namespace Sac.Web.Controllers;

/// <summary>
/// The users of the administrator's municipalities (everyone's for a system administrator): invited, given roles and
/// municipalities, deactivated and reactivated.
/// </summary>
[Authorize(Policy = Policies.AdministersUsers)]
[Route("[controller]")]
public sealed class UsersController(IMediator mediator, IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await mediator.Send(new ListUsersQuery(), cancellationToken));

    [HttpGet("[action]")]
    public async Task<IActionResult> Invite(CancellationToken cancellationToken) =>
        View(new InviteUserForm { Choices = await mediator.Send(new ListUserChoicesQuery(), cancellationToken) });

    /// <summary>Not redirected: the link is shown this once and is kept nowhere to show it again.</summary>
    [HttpPost("[action]")]
    public async Task<IActionResult> Invite(InviteUserForm form, CancellationToken cancellationToken)
    {
        var invited = await mediator.Send(form.ToCommand(), cancellationToken);
        if (invited.IsSuccess)
        {
            var link = Url.Action(nameof(InvitationController.Accept), "Invitation", new { user = invited.Value.UserId, token = invited.Value.Secret }, Request.Scheme);
            return View("Invited", new InvitedUser(invited.Value.Email, link!));
        }

        if (this.Refusal(invited.Errors) is { } refusal)
        {
            return refusal;
        }

        ModelState.AddErrors(invited.Errors, localizer);
        form.Choices = await mediator.Send(new ListUserChoicesQuery(), cancellationToken);
        Response.StatusCode = ResultErrors.StatusOf(invited.Errors);
        return View(form);
    }

    [HttpGet("{id}")]
    public async Task<IActionResult> Edit(string id, CancellationToken cancellationToken) =>
        await mediator.Send(new GetUserQuery(id), cancellationToken) is { } account
            ? View(UserAccessForm.From(account, await mediator.Send(new ListUserChoicesQuery(), cancellationToken)))
            : NotFound();

    [HttpPost("{id}")]
    public async Task<IActionResult> Edit(string id, UserAccessForm form, CancellationToken cancellationToken) =>
        await ShowAgainOnErrorAsync(id, await mediator.Send(form.ToCommand(id), cancellationToken), form, cancellationToken);

    [HttpPost("{id}/Deactivate")]
    public async Task<IActionResult> Deactivate(string id, CancellationToken cancellationToken) =>
        await ShowAgainOnErrorAsync(id, await mediator.Send(new ChangeUserActivationCommand(id, Active: false), cancellationToken), null, cancellationToken);

    [HttpPost("{id}/Reactivate")]
    public async Task<IActionResult> Reactivate(string id, CancellationToken cancellationToken) =>
        await ShowAgainOnErrorAsync(id, await mediator.Send(new ChangeUserActivationCommand(id, Active: true), cancellationToken), null, cancellationToken);

    /// <summary>Back to the user's page when done; otherwise that page with the reason (a refusal ends the request).</summary>
    private async Task<IActionResult> ShowAgainOnErrorAsync(string id, Result result, UserAccessForm? posted, CancellationToken cancellationToken)
    {
        if (result.IsSuccess)
        {
            return RedirectToAction(nameof(Edit), new { id });
        }

        if (this.Refusal(result.Errors) is { } refusal)
        {
            return refusal;
        }

        if (await mediator.Send(new GetUserQuery(id), cancellationToken) is not { } account)
        {
            return NotFound();
        }

        var form = UserAccessForm.From(account, await mediator.Send(new ListUserChoicesQuery(), cancellationToken));
        if (posted is not null)
        {
            form.Roles = posted.Roles;
            form.Municipalities = posted.Municipalities;
        }

        ModelState.AddErrors(result.Errors, localizer);
        Response.StatusCode = ResultErrors.StatusOf(result.Errors);
        return View(nameof(Edit), form);
    }
}
