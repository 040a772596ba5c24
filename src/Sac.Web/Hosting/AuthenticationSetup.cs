using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Sac.Application.Common;
using Sac.Web.Api;

namespace Sac.Web.Hosting;

/// <summary>Cookies for people in the browser, bearer tokens for the API; one policy per role.</summary>
internal static class AuthenticationSetup
{
    private const string CookieOrBearer = "CookieOrBearer";

    public static IServiceCollection AddSacAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(o =>
            {
                // Identity sets the authenticate and challenge defaults to its cookie; the API needs the selector first.
                o.DefaultScheme = CookieOrBearer;
                o.DefaultAuthenticateScheme = CookieOrBearer;
                o.DefaultChallengeScheme = CookieOrBearer;
                o.DefaultForbidScheme = CookieOrBearer;
            })
            .AddPolicyScheme(CookieOrBearer, CookieOrBearer, o => o.ForwardDefaultSelector = context =>
                context.Request.Path.StartsWithSegments(ApiRoutes.Prefix) ? BearerTokenHandler.SchemeName : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, BearerTokenHandler>(BearerTokenHandler.SchemeName, configureOptions: null);

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Account/SignIn";
            o.LogoutPath = "/Account/SignOut";
            o.AccessDeniedPath = "/Account/AccessDenied";
            o.Cookie.Name = "sac.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
        });

        services.AddAuthorizationBuilder().AddRolePolicies();
        return services;
    }

    private static void AddRolePolicies(this AuthorizationBuilder builder)
    {
        foreach (var role in Roles.All)
        {
            builder.AddPolicy(role, policy => policy.RequireAuthenticatedUser().RequireRole(role));
        }

        builder.AddPolicy(Policies.KeepsReasoningBlocks, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.SanctioningOfficial, Roles.MunicipalAdmin));
        builder.AddPolicy(Policies.KeepsMeasures, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.MunicipalAdmin, Roles.SanctioningOfficial));
        builder.AddPolicy(Policies.ReadsMeasures, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.MeasureReaders));
        builder.AddPolicy(
            Policies.SeesPlaceBans,
            policy => policy.RequireAuthenticatedUser().RequireRole(Roles.MunicipalAdmin, Roles.SanctioningOfficial, Roles.Auditor, Roles.Finder));
        builder.AddPolicy(Policies.ReadsStatistics, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.SanctioningOfficial, Roles.MunicipalAdmin, Roles.Auditor));
        builder.AddPolicy(Policies.AdministersUsers, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.MunicipalAdmin, Roles.SystemAdmin));
    }
}
