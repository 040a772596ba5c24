using Mediator;
using Microsoft.Extensions.Localization;
using Sac.Domain.Common;

namespace Sac.Web.Api;

/// <summary>A step as the API takes it: a POST on a resource that answers the resource as it now stands.</summary>
internal static class StepEndpoints
{
    public static RouteHandlerBuilder MapStep<TRequest, TDetails>(
        this RouteGroupBuilder api, string pattern, Func<Guid, TRequest, ICommand<Result>> toCommand, Func<Guid, IQuery<Result<TDetails>>> toQuery)
        where TRequest : class =>
        api.MapPost(pattern, async (Guid id, HttpRequest http, IMediator mediator, IStringLocalizer<SharedResource> localizer) =>
            {
                var (request, problem) = await JsonBody.ReadAsync<TRequest>(http);
                if (problem is not null)
                {
                    return problem;
                }

                var ct = http.HttpContext.RequestAborted;
                var done = await mediator.Send(toCommand(id, request!), ct);
                if (done.IsFailure)
                {
                    return ApiProblems.From(done.Errors, localizer);
                }

                var found = await mediator.Send(toQuery(id), ct);
                return found.IsSuccess ? Results.Ok(found.Value) : ApiProblems.From(found.Errors, localizer);
            })
            .Accepts<TRequest>("application/json")
            .Produces<TDetails>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
