using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Sac.Application.Common;
using Sac.Application.Payments.BankStatements;

namespace Sac.Web.Api;

/// <summary>
/// Bank statements of a municipality's account: the import of a CODA or camt.053 file (the raw file as the body), and
/// the unmatched queue with the official's two answers to a line, a case or "not a GAS payment".
/// </summary>
internal static class BankStatementsEndpoints
{
    /// <summary>A month of statements of a busy account is far below this.</summary>
    public const long MaximumFileBytes = 10 * 1024 * 1024;

    public static void MapBankStatementsEndpoints(this RouteGroupBuilder api)
    {
        var municipality = api.MapGroup("/municipalities/{nis}").RequireAuthorization(Roles.SanctioningOfficial);
        municipality.MapPost("/bank-statements", Import)
            .WithMetadata(new RequestSizeLimitAttribute(MaximumFileBytes))
            .WithSummary(
                "Import a bank statement of the municipality's letterhead account: the file itself as the body (CODA 2.x or camt.053, told " +
                "apart by its content, any content type). Credits are matched to cases and their payments registered in the same " +
                "transaction. 201 with the statement and its lines; the same file again changes nothing and answers 200 with alreadyImported.")
            .Produces<BankStatementImport>(StatusCodes.Status201Created)
            .Produces<BankStatementImport>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        municipality.MapGet("/bank-statement-entries/unmatched", ListUnmatched)
            .WithSummary("The unmatched queue: credit lines no case took, with the reason, oldest first.")
            .Produces<IReadOnlyList<StatementEntryLine>>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        municipality.MapPost("/bank-statement-entries/{id:guid}/assignment", Assign)
            .WithSummary("Put an unmatched line on a case: { caseNumber, version }. The payment is registered as the import would have.")
            .Accepts<AssignEntryRequest>("application/json")
            .Produces<StatementEntryLine>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        municipality.MapPost("/bank-statement-entries/{id:guid}/set-aside", SetAside)
            .WithSummary("Set an unmatched line aside as not a GAS payment: { note, version }.")
            .Accepts<SetEntryAsideRequest>("application/json")
            .Produces<StatementEntryLine>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<IResult> Import(string nis, HttpRequest http, IMediator mediator, IStringLocalizer<SharedResource> localizer)
    {
        using var body = new MemoryStream();
        await http.Body.CopyToAsync(body, http.HttpContext.RequestAborted);
        var imported = await mediator.Send(new ImportBankStatementCommand(nis, body.ToArray()), http.HttpContext.RequestAborted);
        if (imported.IsFailure)
        {
            return ApiProblems.From(imported.Errors, localizer);
        }

        return imported.Value.AlreadyImported
            ? Results.Ok(imported.Value)
            : Results.Created($"{ApiRoutes.Prefix}/municipalities/{nis}/bank-statements/{imported.Value.Id}", imported.Value);
    }

    private static async Task<IResult> ListUnmatched(string nis, IMediator mediator, IStringLocalizer<SharedResource> localizer, CancellationToken ct)
    {
        var listed = await mediator.Send(new ListUnmatchedEntriesQuery(nis), ct);
        return listed.IsSuccess ? Results.Ok(listed.Value) : ApiProblems.From(listed.Errors, localizer);
    }

    private static async Task<IResult> Assign(string nis, Guid id, HttpRequest http, IMediator mediator, IStringLocalizer<SharedResource> localizer)
    {
        var (request, problem) = await JsonBody.ReadAsync<AssignEntryRequest>(http);
        if (problem is not null)
        {
            return problem;
        }

        var assigned = await mediator.Send(new AssignUnmatchedEntryCommand(nis, id, request!.CaseNumber, request.Version), http.HttpContext.RequestAborted);
        return assigned.IsSuccess ? Results.Ok(assigned.Value) : ApiProblems.From(assigned.Errors, localizer);
    }

    private static async Task<IResult> SetAside(string nis, Guid id, HttpRequest http, IMediator mediator, IStringLocalizer<SharedResource> localizer)
    {
        var (request, problem) = await JsonBody.ReadAsync<SetEntryAsideRequest>(http);
        if (problem is not null)
        {
            return problem;
        }

        var setAside = await mediator.Send(new SetUnmatchedEntryAsideCommand(nis, id, request!.Note, request.Version), http.HttpContext.RequestAborted);
        return setAside.IsSuccess ? Results.Ok(setAside.Value) : ApiProblems.From(setAside.Errors, localizer);
    }
}

internal sealed record AssignEntryRequest(string? CaseNumber, int? Version);

internal sealed record SetEntryAsideRequest(string? Note, int? Version);
