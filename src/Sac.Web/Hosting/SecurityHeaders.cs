namespace Sac.Web.Hosting;

/// <summary>
/// The headers every answer carries: the browser runs only the application's own scripts and styles (no inline script,
/// no inline style, no plug-ins), never shows a page of Sac inside another site's frame, does not guess content types, and
/// tells other sites nothing of the address a user came from. HSTS is added outside Development by <c>UseHsts</c>.
/// </summary>
internal static class SecurityHeaders
{
    public const string ApplicationPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
        + "form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    /// <summary>
    /// The Hangfire dashboard and the API reference are other projects' pages, built with inline script and style: they get
    /// those, and nothing else more than the application's pages (the dashboard is for the SystemAdmin role only).
    /// </summary>
    public const string ThirdPartyPagesPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
        + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    public static readonly PathString[] ThirdPartyPages = ["/hangfire", "/api/reference"];

    /// <summary>Set when the answer starts, so that error pages (whose handler clears the headers) carry them too.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ThirdPartyPages.Any(page => context.Request.Path.StartsWithSegments(page))
                ? ThirdPartyPagesPolicy
                : ApplicationPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            return Task.CompletedTask;
        });
        return next(context);
    });
}
