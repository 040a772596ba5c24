using Mediator;
using Microsoft.Extensions.Localization;
using Sac.Application.Cases.CloseCase;
using Sac.Application.Cases.GetCase;
using Sac.Application.Cases.SearchCases;
using Sac.Application.Common;
using Sac.Domain.Cases;

namespace Sac.Web.Api;

internal static class CasesEndpoints
{
    public static void MapCasesEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/cases/{id:guid}", GetCase)
            .RequireAuthorization()
            .WithSummary("A case with its assessment as of today, its deadlines and its timeline.")
            .Produces<CaseDetails>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/cases", SearchCases)
            .RequireAuthorization()
            .WithSummary("Cases of the caller's municipalities, newest first, paged and filtered.")
            .Produces<PagedList<CaseSummary>>()
            .ProducesValidationProblem();
        api.MapPost("/cases/{id:guid}/closures", CloseCase)
            .RequireAuthorization(Roles.SanctioningOfficial)
            .WithSummary("Close a case without sanction (not sanctionable, no sanction, time-barred, prosecuted, mediation succeeded).")
            .Accepts<CloseCaseRequest>("application/json")
            .Produces<CaseDetails>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<IResult> GetCase(Guid id, IMediator mediator, IStringLocalizer<SharedResource> localizer, CancellationToken ct)
    {
        var found = await mediator.Send(new GetCaseQuery(id), ct);
        return found.IsSuccess ? Results.Ok(found.Value) : ApiProblems.From(found.Errors, localizer);
    }

    private static async Task<IResult> SearchCases(
        [AsParameters] CaseSearchRequest request, IMediator mediator, IStringLocalizer<SharedResource> localizer, CancellationToken ct)
    {
        if (!EnumName.TryParse<CaseStatus>(request.Status, out var status))
        {
            return ApiProblems.Validation([("status", "Unknown status.", "UNKNOWN_STATUS")]);
        }

        if (!EnumName.TryParse<WorkQueue>(request.Queue, out var queue))
        {
            return ApiProblems.Validation([("queue", "Unknown work queue.", "UNKNOWN_QUEUE")]);
        }

        var found = await mediator.Send(request.ToQuery(status, queue), ct);
        return found.IsSuccess ? Results.Ok(found.Value) : ApiProblems.From(found.Errors, localizer);
    }

    private static async Task<IResult> CloseCase(Guid id, HttpRequest http, IMediator mediator, IStringLocalizer<SharedResource> localizer)
    {
        var (request, problem) = await JsonBody.ReadAsync<CloseCaseRequest>(http);
        if (problem is not null)
        {
            return problem;
        }

        var ct = http.HttpContext.RequestAborted;
        var closed = await mediator.Send(new CloseCaseCommand(id, request!.Reason, request.Note, request.Version), ct);
        return closed.IsSuccess ? await GetCase(id, mediator, localizer, ct) : ApiProblems.From(closed.Errors, localizer);
    }
}
