using Microsoft.AspNetCore.Diagnostics;
using Sac.Application.Common.Ports;
using Sac.Web.Api;

namespace Sac.Web.Hosting;

/// <summary>What the exception handlers need to know about the request that failed.</summary>
internal static class FailedRequest
{
    /// <summary>
    /// Whether the client asked the API: by the time the handlers run the request's path is the error page's, and the
    /// feature keeps the one the client asked for.
    /// </summary>
    public static bool WasForTheApi(HttpContext httpContext) =>
        new PathString(httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path).StartsWithSegments(ApiRoutes.Prefix);

    /// <summary>The status a failure answers, in the API's problem and on the browser's error page alike.</summary>
    public static int StatusOf(Exception exception) => exception switch
    {
        BadHttpRequestException refused => refused.StatusCode,
        ConcurrentUpdateException => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status500InternalServerError,
    };
}
