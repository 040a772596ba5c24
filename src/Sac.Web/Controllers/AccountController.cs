using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Sac.Infrastructure.Identity;
using Sac.Web.Models;

namespace Sac.Web.Controllers;

/// <summary>Signing in with e-mail and password (the e-mail is the user name), signing out.</summary>
public sealed class AccountController(SignInManager<SacUser> signInManager, IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet]
    [ActionName(nameof(SignIn))]
    public IActionResult ShowSignIn(string? returnUrl) => View(nameof(SignIn), new SignInForm { ReturnUrl = returnUrl });

    [HttpPost]
    [ActionName(nameof(SignIn))]
    public async Task<IActionResult> SignInAsync(SignInForm form)
    {
        if (string.IsNullOrWhiteSpace(form.Email) || string.IsNullOrEmpty(form.Password))
        {
            ModelState.AddModelError(string.Empty, localizer["Account.CredentialsRequired"]);
            return View(nameof(SignIn), form);
        }

        // Lockout on failure: repeated guessing locks the account for a while (Identity's lockout options).
        var result = await signInManager.PasswordSignInAsync(form.Email.Trim(), form.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return Url.IsLocalUrl(form.ReturnUrl) ? LocalRedirect(form.ReturnUrl) : RedirectToAction(nameof(HomeController.Index), "Home");
        }

        var message = result.IsLockedOut ? "Account.LockedOut" : result.IsNotAllowed ? "Account.NotAllowed" : "Account.InvalidCredentials";
        ModelState.AddModelError(string.Empty, localizer[message]);
        return View(nameof(SignIn), form);
    }

    [HttpPost]
    [ActionName(nameof(SignOut))]
    public async Task<IActionResult> SignOutAsync()
    {
        await signInManager.SignOutAsync();
        return RedirectToAction(nameof(SignIn));
    }

    [HttpGet]
    public IActionResult AccessDenied() => View();
}
