using Microsoft.Extensions.Localization;
using Sac.Application.Registries;
using Sac.Domain.Common;

namespace Sac.Web.Api;

/// <summary>
/// A registry that could not answer is 503 Service Unavailable with <c>Retry-After</c>: the request was fine and Sac is up,
/// but a service it depends on is not, for now (timeouts, errors, an open circuit all end here). 502 would describe one of
/// those causes only (an invalid upstream answer) and tell the client nothing about trying again. Other errors as usual.
/// </summary>
internal static class RegistryProblems
{
    /// <summary>About as long as the adapters' circuit stays open.</summary>
    public const int RetryAfterSeconds = 60;

    public static IResult From(IReadOnlyList<Error> errors, IStringLocalizer<SharedResource> localizer, HttpResponse response)
    {
        if (!RegistryErrors.IsUnavailable(errors))
        {
            return ApiProblems.From(errors, localizer);
        }

        response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var message = localizer[RegistryErrors.UnavailableCode];
        return Results.Problem(
            detail: message.ResourceNotFound ? RegistryErrors.Unavailable.Message : message.Value,
            statusCode: StatusCodes.Status503ServiceUnavailable,
            title: "Registry unavailable",
            extensions: new Dictionary<string, object?> { ["code"] = RegistryErrors.UnavailableCode });
    }
}
