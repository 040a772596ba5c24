using Mediator;
using Microsoft.Extensions.Localization;
using Sac.Domain.Common;

namespace Sac.Web.Api;

/// <summary>What the endpoints of college sanctions and place bans share: a measure created, a measure read.</summary>
internal static class MeasureEndpoints
{
    public static async Task<IResult> CreateAsync<TRequest, TDetails>(
        HttpRequest http, IMediator mediator, IStringLocalizer<SharedResource> localizer, string path,
        Func<TRequest, ICommand<Result<Guid>>> toCommand, Func<Guid, IQuery<Result<TDetails>>> toQuery)
        where TRequest : class
    {
        var (request, problem) = await JsonBody.ReadAsync<TRequest>(http);
        if (problem is not null)
        {
            return problem;
        }

        var ct = http.HttpContext.RequestAborted;
        var created = await mediator.Send(toCommand(request!), ct);
        if (created.IsFailure)
        {
            return ApiProblems.From(created.Errors, localizer);
        }

        var found = await mediator.Send(toQuery(created.Value), ct);
        return Results.Created($"{ApiRoutes.Prefix}/{path}/{created.Value}", found.Value);
    }

    public static IResult Answer<T>(Result<T> found, IStringLocalizer<SharedResource> localizer) =>
        found.IsSuccess ? Results.Ok(found.Value) : ApiProblems.From(found.Errors, localizer);
}
