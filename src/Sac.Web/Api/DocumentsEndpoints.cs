using Mediator;
using Microsoft.Extensions.Localization;
using Sac.Application.Cases.Collection;
using Sac.Application.Common;
using Sac.Application.Documents;
using Sac.Domain.Cases;
using Sac.Domain.Documents;

namespace Sac.Web.Api;

/// <summary>Letters and attachments of cases, the post tray, and the list for forced collection.</summary>
internal static class DocumentsEndpoints
{
    public static void MapDocumentsEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/documents/{id:guid}", Download)
            .RequireAuthorization()
            .WithSummary("A letter or attachment, as stored (its SHA-256 is in the case's documents).")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/cases/{id:guid}/letters", Prepare)
            .RequireAuthorization(Roles.SanctioningOfficial)
            .WithSummary("Write a letter of the case into the post tray.")
            .Accepts<LetterRequest>("application/json")
            .Produces<DocumentCreated>(StatusCodes.Status201Created)
            .ProducesValidationProblem();
        api.MapGet("/post-tray", PostTray)
            .RequireAuthorization(Roles.SanctioningOfficial)
            .WithSummary("Letters waiting to be printed and posted.")
            .Produces<IReadOnlyList<DocumentSummary>>();
        api.MapPost("/documents/{id:guid}/postings", MarkPosted)
            .RequireAuthorization(Roles.SanctioningOfficial)
            .WithSummary("A letter handed to the post; for a notice or a decision this starts its deadlines.")
            .Accepts<PostingRequest>("application/json")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        api.MapGet("/collection", Collection)
            .RequireAuthorization(Roles.SanctioningOfficial)
            .WithSummary("Fines handed over to forced collection: who owes what, for the financial director and the bailiff.")
            .Produces<IReadOnlyList<CollectionLine>>();
    }

    private static async Task<IResult> Download(Guid id, IMediator mediator, IStringLocalizer<SharedResource> localizer, CancellationToken ct)
    {
        var found = await mediator.Send(new GetDocumentQuery(id), ct);
        return found.IsSuccess
            ? Results.File(found.Value.Content, found.Value.ContentType, found.Value.FileName)
            : ApiProblems.From(found.Errors, localizer);
    }

    private static async Task<IResult> Prepare(Guid id, HttpRequest http, IMediator mediator, IStringLocalizer<SharedResource> localizer)
    {
        var (request, problem) = await JsonBody.ReadAsync<LetterRequest>(http);
        if (problem is not null)
        {
            return problem;
        }

        if (request!.Kind is not { } kind)
        {
            return ApiProblems.Validation([("kind", localizer["REQUIRED"].Value, "REQUIRED")]);
        }

        var prepared = await mediator.Send(new PrepareLetterCommand(id, kind), http.HttpContext.RequestAborted);
        return prepared.IsSuccess
            ? Results.Created($"{ApiRoutes.Prefix}/documents/{prepared.Value}", new DocumentCreated(prepared.Value))
            : ApiProblems.From(prepared.Errors, localizer);
    }

    private static async Task<IResult> PostTray(IMediator mediator, CancellationToken ct) =>
        Results.Ok((await mediator.Send(new GetPostTrayQuery(), ct)).Value);

    private static async Task<IResult> MarkPosted(Guid id, HttpRequest http, IMediator mediator, IStringLocalizer<SharedResource> localizer)
    {
        var (request, problem) = await JsonBody.ReadAsync<PostingRequest>(http);
        if (problem is not null)
        {
            return problem;
        }

        var posted = await mediator.Send(new MarkLetterPostedCommand(id, request!.PostedOn, request.Channel), http.HttpContext.RequestAborted);
        return posted.IsSuccess ? Results.NoContent() : ApiProblems.From(posted.Errors, localizer);
    }

    private static async Task<IResult> Collection(string? municipality, IMediator mediator, CancellationToken ct) =>
        Results.Ok((await mediator.Send(new ListForCollectionQuery(municipality), ct)).Value);
}

/// <summary>Body of POST /api/v1/cases/{id}/letters.</summary>
internal sealed record LetterRequest(DocumentKind? Kind);

/// <summary>Body of POST /api/v1/documents/{id}/postings.</summary>
internal sealed record PostingRequest(DateOnly? PostedOn, NotificationChannel? Channel);

internal sealed record DocumentCreated(Guid Id);
