using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Sac.Web.Hosting;

/// <summary>Dutch and French (Belgium): a choice kept in a cookie, else the browser's languages, else Dutch.</summary>
internal static class LocalizationSetup
{
    public static readonly CultureInfo[] Cultures = [new("nl-BE"), new("fr-BE")];

    public static IServiceCollection AddSacLocalization(this IServiceCollection services)
    {
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Cultures[0]);
            o.SupportedCultures = Cultures;
            o.SupportedUICultures = Cultures;
            o.FallBackToParentCultures = true;
            o.FallBackToParentUICultures = true;
        });
        return services;
    }
}
