using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Sac.Application.Audit;
using Sac.Application.Common;
using Sac.Domain.Audit;
using Sac.Infrastructure.Identity;
using Sac.Web.Hosting;
using Sac.Web.Models;

namespace Sac.Web.Controllers;

/// <summary>Signing in with e-mail and password (the e-mail is the user name), signing out; each in the audit trail, failures too.</summary>
public sealed class AccountController(
    SignInManager<SacUser> signInManager, IAuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet]
    [ActionName(nameof(SignIn))]
    public IActionResult ShowSignIn(string? returnUrl) => View(nameof(SignIn), new SignInForm { ReturnUrl = returnUrl });

    [HttpPost]
    [ActionName(nameof(SignIn))]
    [EnableRateLimiting(RateLimiting.SignIn)]
    public async Task<IActionResult> SignInAsync(SignInForm form)
    {
        if (string.IsNullOrWhiteSpace(form.Email) || string.IsNullOrEmpty(form.Password))
        {
            ModelState.AddModelError(string.Empty, localizer["Account.CredentialsRequired"]);
            return View(nameof(SignIn), form);
        }

        // Lockout on failure: repeated guessing locks the account for a while (Identity's lockout options).
        var email = form.Email.Trim();
        var result = await signInManager.PasswordSignInAsync(email, form.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            var user = await signInManager.UserManager.FindByNameAsync(email);
            var roles = user is null ? [] : await signInManager.UserManager.GetRolesAsync(user);
            await AuditAsync(AuditAction.SignedIn, new AuditActor(user?.UserName ?? email, [.. Roles.All.Where(roles.Contains)]));
            return Url.IsLocalUrl(form.ReturnUrl) ? LocalRedirect(form.ReturnUrl) : RedirectToAction(nameof(HomeController.Index), "Home");
        }

        var message = !result.IsLockedOut ? (result.IsNotAllowed ? "Account.NotAllowed" : "Account.InvalidCredentials")
            : await signInManager.UserManager.FindByNameAsync(email) is { IsDeactivated: true } ? "Account.Deactivated"
            : "Account.LockedOut";
        await AuditAsync(AuditAction.SignInFailed, new AuditActor(email, []), $"{{\"reason\":\"{message["Account.".Length..]}\"}}");
        ModelState.AddModelError(string.Empty, localizer[message]);
        return View(nameof(SignIn), form);
    }

    [HttpPost]
    [ActionName(nameof(SignOut))]
    public async Task<IActionResult> SignOutAsync()
    {
        if (User.Identity is { IsAuthenticated: true, Name: { } name })
        {
            await AuditAsync(AuditAction.SignedOut, new AuditActor(name, [.. Roles.All.Where(User.IsInRole)]));
        }

        await signInManager.SignOutAsync();
        return RedirectToAction(nameof(SignIn));
    }

    [HttpGet]
    public IActionResult AccessDenied() => View();

    /// <summary>Written at once and not cancelled with the request: a sign-in that happened is in the trail.</summary>
    private Task AuditAsync(string action, AuditActor who, string? after = null) =>
        audit.AppendAsync(AuditEntry.Record(clock.GetUtcNow(), who, action, AuditTarget.User(who.UserName), after: after), CancellationToken.None);
}
