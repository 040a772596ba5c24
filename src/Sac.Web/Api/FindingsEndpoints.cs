using Mediator;
using Microsoft.Extensions.Localization;
using Sac.Application.Cases.GetCase;
using Sac.Application.Common;
using Sac.Application.Findings.RecordFinding;

namespace Sac.Web.Api;

internal static class FindingsEndpoints
{
    public static void MapFindingsEndpoints(this RouteGroupBuilder api) =>
        api.MapPost("/findings", RecordFinding)
            .RequireAuthorization(Roles.Finder)
            .WithSummary("Record a finding; opens a case. Idempotent by externalId.")
            .Accepts<RecordFindingCommand>("application/json")
            .Produces<CaseDetails>(StatusCodes.Status201Created)
            .Produces<CaseDetails>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<IResult> RecordFinding(HttpRequest request, IMediator mediator, IStringLocalizer<SharedResource> localizer)
    {
        var (command, problem) = await JsonBody.ReadAsync<RecordFindingCommand>(request);
        if (problem is not null)
        {
            return problem;
        }

        var recorded = await mediator.Send(command!, request.HttpContext.RequestAborted);
        if (recorded.IsFailure)
        {
            return ApiProblems.From(recorded.Errors, localizer);
        }

        var outcome = recorded.Value;
        var details = await mediator.Send(new GetCaseQuery(outcome.CaseId), request.HttpContext.RequestAborted);
        return outcome.Created
            ? Results.Created($"{ApiRoutes.Prefix}/cases/{outcome.CaseId}", details.Value)
            : Results.Ok(details.Value);
    }
}
