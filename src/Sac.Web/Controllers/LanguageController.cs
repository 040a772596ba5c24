using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Sac.Web.Hosting;

namespace Sac.Web.Controllers;

/// <summary>The NL | FR switch: the choice is kept in the culture cookie the request localization reads first.</summary>
public sealed class LanguageController : Controller
{
    private static readonly TimeSpan Remembered = TimeSpan.FromDays(365);

    [HttpPost]
    public IActionResult Set(string? culture, string? returnUrl)
    {
        var chosen = LocalizationSetup.Cultures.FirstOrDefault(c => c.Name == culture);
        if (chosen is not null)
        {
            Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                new CookieOptions
                {
                    MaxAge = Remembered,
                    IsEssential = true,
                    HttpOnly = true,
                    SameSite = SameSiteMode.Lax,
                    Secure = Request.IsHttps,
                });
        }

        // Only local addresses: the switch must not become an open redirect.
        return Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl) : RedirectToAction(nameof(HomeController.Index), "Home");
    }
}
