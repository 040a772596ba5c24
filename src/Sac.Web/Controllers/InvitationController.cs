using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Sac.Infrastructure.Identity;
using Sac.Web.Hosting;
using Sac.Web.Models;

namespace Sac.Web.Controllers;

/// <summary>
/// The invitation link: the invitee chooses a password meeting the policy, which spends the link, and is signed in.
/// The acceptance is in the audit trail (recorded where the password is saved).
/// </summary>
public sealed class InvitationController(
    SignInManager<SacUser> signInManager, IOptions<IdentityOptions> identity, IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet]
    [ActionName(nameof(Accept))]
    public IActionResult ShowAccept(string? user, string? token) =>
        string.IsNullOrEmpty(user) || string.IsNullOrEmpty(token) ? NotFound() : View(nameof(Accept), new AcceptInvitationForm { User = user, Token = token });

    [HttpPost]
    [ActionName(nameof(Accept))]
    [EnableRateLimiting(RateLimiting.SignIn)]
    public async Task<IActionResult> Accept(AcceptInvitationForm form)
    {
        var users = signInManager.UserManager;
        if (string.IsNullOrEmpty(form.User) || string.IsNullOrEmpty(form.Token))
        {
            return NotFound();
        }

        if (string.IsNullOrEmpty(form.Password) || form.Password != form.ConfirmPassword)
        {
            ModelState.AddModelError(nameof(form.ConfirmPassword), localizer["Invitation.PasswordsDiffer"]);
            return ShowAgain(form);
        }

        // A deactivated invitee's link is as dead as a spent one.
        var user = await users.FindByIdAsync(form.User);
        var reset = user is null || user.IsDeactivated
            ? IdentityResult.Failed(users.ErrorDescriber.InvalidToken())
            : await users.ResetPasswordAsync(user, form.Token, form.Password);
        if (!reset.Succeeded)
        {
            AddErrors(reset.Errors);
            return ShowAgain(form);
        }

        await signInManager.SignInAsync(user!, isPersistent: false);
        return RedirectToAction(nameof(HomeController.Index), "Home");
    }

    /// <summary>The password policy in the user's language (Identity's own messages are English); a bad link says so.</summary>
    private void AddErrors(IEnumerable<IdentityError> errors)
    {
        var codes = errors.Select(e => e.Code).ToList();
        if (codes.Contains(nameof(IdentityErrorDescriber.InvalidToken)))
        {
            ModelState.AddModelError(string.Empty, localizer["Invitation.LinkInvalid"]);
        }

        if (codes.Any(code => code.StartsWith("Password", StringComparison.Ordinal)))
        {
            ModelState.AddModelError(nameof(AcceptInvitationForm.Password), localizer["Invitation.PasswordPolicy", identity.Value.Password.RequiredLength]);
        }
    }

    private ViewResult ShowAgain(AcceptInvitationForm form)
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(nameof(Accept), new AcceptInvitationForm { User = form.User, Token = form.Token });
    }
}
