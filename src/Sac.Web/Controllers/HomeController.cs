using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Sac.Application.Common;
using Sac.Web.Models;

namespace Sac.Web.Controllers;

public sealed class HomeController : Controller
{
    /// <summary>Sends each user to the page of their main task; a role without pages gets a welcome.</summary>
    [HttpGet]
    public IActionResult Index() =>
        User.Identity?.IsAuthenticated != true ? RedirectToAction(nameof(AccountController.SignIn), "Account")
        : User.IsInRole(Roles.SanctioningOfficial) ? RedirectToAction(nameof(DashboardController.Index), "Dashboard")
        : User.IsInRole(Roles.Finder) ? RedirectToAction(nameof(FindingsController.New), "Findings")
        : User.IsInRole(Roles.MunicipalAdmin) ? RedirectToAction(nameof(MunicipalitiesController.Index), "Municipalities")
        : User.IsInRole(Roles.Auditor) ? RedirectToAction(nameof(AuditController.Index), "Audit")
        : View();

    /// <summary>The exception handler re-executes the failed request here, whatever its method: no antiforgery check.</summary>
    [IgnoreAntiforgeryToken]
    [ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
    public IActionResult Error() => Response.StatusCode == StatusCodes.Status500InternalServerError
        ? View(new ErrorViewModel(Activity.Current?.Id ?? HttpContext.TraceIdentifier))
        : View(nameof(Status), Response.StatusCode); // a refusal the client can act on (413, 409) says what it is

    /// <summary>Status-code pages (404, 403 …) in the user's language; re-executed like <see cref="Error"/>.</summary>
    [IgnoreAntiforgeryToken]
    public IActionResult Status(int id) => View(id);
}
