using Microsoft.AspNetCore.Diagnostics;
using Sac.Application.Common.Ports;

namespace Sac.Web.Hosting;

/// <summary>
/// Two people saving the same case (or two intakes taking the same case number) is a conflict, not a
/// crash: the loser gets a 409 problem and nothing of its change is stored.
/// </summary>
internal sealed class ConcurrencyExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // Browsers get the error page; the API gets a problem it can act on.
        if (exception is not ConcurrentUpdateException || !FailedRequest.WasForTheApi(httpContext))
        {
            return false;
        }

        httpContext.Response.StatusCode = StatusCodes.Status409Conflict;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = StatusCodes.Status409Conflict,
                Title = "Conflict",
                Detail = "Someone changed this record at the same time. Reload it and try again.",
                Extensions = { ["code"] = "CONCURRENT_CHANGE" },
            },
        });
    }
}
