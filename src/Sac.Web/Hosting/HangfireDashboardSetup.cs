using Hangfire;
using Hangfire.Dashboard;
using Sac.Application.Common;

namespace Sac.Web.Hosting;

/// <summary>
/// The Hangfire dashboard at <c>/hangfire</c>, for system administrators signed in with the browser cookie only: the
/// endpoint's role policy sends others to sign in or to "access denied", and the dashboard checks the role again itself.
/// </summary>
internal static class HangfireDashboardSetup
{
    public const string Path = "/hangfire";

    public static IEndpointConventionBuilder MapJobsDashboard(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapHangfireDashboard(Path, new DashboardOptions
            {
                Authorization = [new SystemAdminOnly()],
                AsyncAuthorization = [],

                // The default, said out loud: the dashboard's POST actions (retry, delete, trigger now) need the page's antiforgery token.
                IgnoreAntiforgeryToken = false,
                AppPath = "/",
                DashboardTitle = "Sac – background jobs",
                DisplayStorageConnectionString = false,
            })
            .RequireAuthorization(Roles.SystemAdmin);

    /// <summary>Lets in the <see cref="Roles.SystemAdmin"/> role only; anonymous visitors get 401, other users 403.</summary>
    internal sealed class SystemAdminOnly : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) => context.GetHttpContext().User.IsInRole(Roles.SystemAdmin);
    }
}
