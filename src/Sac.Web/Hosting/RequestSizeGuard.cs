using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;

namespace Sac.Web.Hosting;

/// <summary>
/// Refuses a body announced larger than its endpoint takes before anything reads it. Left to the form reader, a browser's
/// oversized form fails inside the antiforgery check, which reports a missing token (400) instead of the size (413).
/// </summary>
internal static class RequestSizeGuard
{
    /// <summary>After routing, which sets the endpoint's limit (<c>[RequestSizeLimit]</c>) on the server's feature.</summary>
    public static IApplicationBuilder UseRequestSizeGuard(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var limit = context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize;
            // The error page re-executes the refused request, body and all: it is shown, not refused again.
            if (context.Request.ContentLength > limit && context.Features.Get<IExceptionHandlerPathFeature>() is null)
            {
                throw new BadHttpRequestException($"The body of {context.Request.ContentLength} bytes is above the limit of {limit}.", StatusCodes.Status413PayloadTooLarge);
            }

            await next(context);
        });
}
