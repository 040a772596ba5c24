using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;

namespace Sac.Web.Hosting;

/// <summary>
/// The API's answer to a failure that is the client's to act on (<see cref="FailedRequest.ClientErrorOf"/>): a problem with
/// the status and a code, in the caller's language. Browsers get the error page with the same status.
/// </summary>
internal sealed class ClientErrorProblemHandler(IProblemDetailsService problems, IStringLocalizer<SharedResource> localizer) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (FailedRequest.ClientErrorOf(exception) is not var (status, code) || !FailedRequest.WasForTheApi(httpContext))
        {
            return false;
        }

        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = status,
                Title = ReasonPhrases.GetReasonPhrase(status),
                Detail = localizer[code].Value,
                Extensions = { ["code"] = code },
            },
        });
    }
}
