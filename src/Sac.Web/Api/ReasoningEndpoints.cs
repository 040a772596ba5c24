using Mediator;
using Microsoft.Extensions.Localization;
using Sac.Application.Common;
using Sac.Application.Reasoning;
using Sac.Web.Hosting;

namespace Sac.Web.Api;

/// <summary>The municipality's reusable blocks of reasons, and the drafting of a decision's reasons from them.</summary>
internal static class ReasoningEndpoints
{
    public static void MapReasoningEndpoints(this RouteGroupBuilder api)
    {
        var blocks = api.MapGroup("/municipalities/{nis}/reasoning-blocks").RequireAuthorization(Policies.KeepsReasoningBlocks);
        blocks.MapGet(string.Empty, List)
            .WithSummary("The blocks of reasons in Dutch and French, by topic.")
            .Produces<IReadOnlyList<ReasoningBlockDetails>>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        blocks.MapPost(string.Empty, (string nis, HttpRequest http, IMediator mediator, IStringLocalizer<SharedResource> localizer) => Define(nis, null, http, mediator, localizer))
            .WithSummary("A new block of reasons.")
            .Accepts<ReasoningBlockRequest>("application/json")
            .Produces<IReadOnlyList<ReasoningBlockDetails>>(StatusCodes.Status201Created)
            .ProducesValidationProblem();
        blocks.MapPut("/{id:guid}", (string nis, Guid id, HttpRequest http, IMediator mediator, IStringLocalizer<SharedResource> localizer) => Define(nis, id, http, mediator, localizer))
            .WithSummary("Change a block of reasons.")
            .Accepts<ReasoningBlockRequest>("application/json")
            .Produces<IReadOnlyList<ReasoningBlockDetails>>()
            .ProducesValidationProblem();
        blocks.MapDelete("/{id:guid}", Retire)
            .WithSummary("Retire a block: no longer offered; decisions that quoted it keep their text.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/cases/{id:guid}/reasoning-drafts", Draft)
            .RequireAuthorization(Roles.SanctioningOfficial)
            .WithSummary("The reasons for a decision drafted from chosen blocks, in the offender's language, the case's facts filled in.")
            .Accepts<ReasoningDraftRequest>("application/json")
            .Produces<ReasoningDraft>()
            .ProducesValidationProblem();
    }

    private static async Task<IResult> List(string nis, IMediator mediator, IStringLocalizer<SharedResource> localizer, CancellationToken ct)
    {
        var found = await mediator.Send(new ListReasoningBlocksQuery(nis), ct);
        return found.IsSuccess ? Results.Ok(found.Value) : ApiProblems.From(found.Errors, localizer);
    }

    private static async Task<IResult> Define(string nis, Guid? id, HttpRequest http, IMediator mediator, IStringLocalizer<SharedResource> localizer)
    {
        var (request, problem) = await JsonBody.ReadAsync<ReasoningBlockRequest>(http);
        if (problem is not null)
        {
            return problem;
        }

        var ct = http.HttpContext.RequestAborted;
        var defined = await mediator.Send(request!.ToCommand(nis, id), ct);
        if (defined.IsFailure)
        {
            return ApiProblems.From(defined.Errors, localizer);
        }

        var blocks = await mediator.Send(new ListReasoningBlocksQuery(nis), ct);
        return id is null
            ? Results.Created($"{ApiRoutes.Prefix}/municipalities/{nis}/reasoning-blocks/{defined.Value}", blocks.Value)
            : Results.Ok(blocks.Value);
    }

    private static async Task<IResult> Retire(string nis, Guid id, IMediator mediator, IStringLocalizer<SharedResource> localizer, CancellationToken ct)
    {
        var retired = await mediator.Send(new RetireReasoningBlockCommand(nis, id), ct);
        return retired.IsSuccess ? Results.NoContent() : ApiProblems.From(retired.Errors, localizer);
    }

    private static async Task<IResult> Draft(Guid id, HttpRequest http, IMediator mediator, IStringLocalizer<SharedResource> localizer)
    {
        var (request, problem) = await JsonBody.ReadAsync<ReasoningDraftRequest>(http);
        if (problem is not null)
        {
            return problem;
        }

        var drafted = await mediator.Send(new DraftReasoningQuery(id, request!.BlockIds ?? [], request.Amount), http.HttpContext.RequestAborted);
        return drafted.IsSuccess ? Results.Ok(drafted.Value) : ApiProblems.From(drafted.Errors, localizer);
    }
}
