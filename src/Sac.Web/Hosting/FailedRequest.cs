using Microsoft.AspNetCore.Diagnostics;
using Sac.Application.Common.Ports;
using Sac.Web.Api;

namespace Sac.Web.Hosting;

/// <summary>What the exception handling needs to know about a request that failed.</summary>
internal static class FailedRequest
{
    /// <summary>
    /// Whether the client asked the API: by the time the handlers run the request's path is the error page's, and the
    /// feature keeps the one the client asked for.
    /// </summary>
    public static bool WasForTheApi(HttpContext httpContext) =>
        new PathString(httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path).StartsWithSegments(ApiRoutes.Prefix);

    /// <summary>
    /// A failure that is the client's to act on, not a crash: a body Kestrel refused (too large, cut off), or a save that lost
    /// a race with another request on every retry. Nothing of the request was stored.
    /// </summary>
    public static (int Status, string Code)? ClientErrorOf(Exception exception) => exception switch
    {
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => (StatusCodes.Status413PayloadTooLarge, "REQUEST_TOO_LARGE"),
        BadHttpRequestException refused => (refused.StatusCode, "BAD_REQUEST"),
        ConcurrentUpdateException => (StatusCodes.Status409Conflict, "CONCURRENT_CHANGE"),
        _ => null,
    };

    /// <summary>The status a failure answers, in the API's problem and on the browser's error page alike.</summary>
    public static int StatusOf(Exception exception) => ClientErrorOf(exception)?.Status ?? StatusCodes.Status500InternalServerError;
}
