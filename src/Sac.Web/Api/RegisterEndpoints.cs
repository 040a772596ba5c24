using Mediator;
using Microsoft.Extensions.Localization;
using Sac.Application.Common;
using Sac.Application.Register.ImportRegisterEntry;

namespace Sac.Web.Api;

internal static class RegisterEndpoints
{
    public static void MapRegisterEndpoints(this RouteGroupBuilder api) =>
        api.MapPost("/register-entries", Import)
            .RequireAuthorization(Roles.SanctioningOfficial)
            .WithSummary("Import an earlier decision into the GAS register; it counts for recidivism like decisions made in Sac.")
            .Accepts<RegisterEntryRequest>("application/json")
            .Produces(StatusCodes.Status201Created)
            .ProducesValidationProblem();

    private static async Task<IResult> Import(HttpRequest http, IMediator mediator, IStringLocalizer<SharedResource> localizer)
    {
        var (request, problem) = await JsonBody.ReadAsync<RegisterEntryRequest>(http);
        if (problem is not null)
        {
            return problem;
        }

        var imported = await mediator.Send(request!.ToCommand(), http.HttpContext.RequestAborted);
        return imported.IsSuccess
            ? Results.Created($"{ApiRoutes.Prefix}/register-entries/{imported.Value}", new { id = imported.Value })
            : ApiProblems.From(imported.Errors, localizer);
    }
}
