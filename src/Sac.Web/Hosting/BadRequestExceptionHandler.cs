using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Localization;

namespace Sac.Web.Hosting;

/// <summary>
/// A request Kestrel refuses while the API reads it (above the endpoint's size limit, or cut off) is the client's error,
/// not a crash: a problem with Kestrel's status (413, 400), and nothing of the request was acted on.
/// </summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problems, IStringLocalizer<SharedResource> localizer) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException refused || !FailedRequest.WasForTheApi(httpContext))
        {
            return false;
        }

        var code = refused.StatusCode == StatusCodes.Status413PayloadTooLarge ? "REQUEST_TOO_LARGE" : "BAD_REQUEST";
        httpContext.Response.StatusCode = refused.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = refused.StatusCode,
                Title = "The request was refused.",
                Detail = localizer[code].Value,
                Extensions = { ["code"] = code },
            },
        });
    }
}
