using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Sac.Application.Cases.GetCase;
using Sac.Application.Common;
using Sac.Application.Documents;
using Sac.Application.Findings.RecordFinding;

namespace Sac.Web.Api;

internal static class FindingsEndpoints
{
    /// <summary>The most photos at their largest, in base64 (4 characters for every 3 bytes), and the rest of the finding.</summary>
    private const long MaximumRequestBytes = (AcceptedFiles.MaximumPhotosPerFinding * ((AcceptedFiles.MaximumBytes + 2L) / 3 * 4)) + (1024 * 1024);

    public static void MapFindingsEndpoints(this RouteGroupBuilder api) =>
        api.MapPost("/findings", RecordFinding)
            .RequireAuthorization(Roles.Finder)
            .WithMetadata(new RequestSizeLimitAttribute(MaximumRequestBytes))
            .WithSummary(
                "Record a finding; opens a case. Idempotent by externalId. Optional photos: [{ fileName, contentType, content (base64) }], " +
                $"JPEG, PNG, WebP or HEIC (checked by their bytes), at most {AcceptedFiles.MaximumPhotosPerFinding} of " +
                $"{AcceptedFiles.MaximumBytes / (1024 * 1024)} MB; kept with their SHA-256 in the case's documents (kind EvidencePhoto).")
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
