using Mediator;
using Microsoft.Extensions.Localization;
using Sac.Application.Cases.GetCase;
using Sac.Application.Cases.Identify;
using Sac.Application.Common;

namespace Sac.Web.Api;

/// <summary>
/// <c>{ "nationalRegisterNumber": "…" }</c> or <c>{ "fromVehicleHolder": true }</c>, with the case <c>version</c> (optional;
/// stale: 409).
/// </summary>
public sealed record IdentificationRequest(string? NationalRegisterNumber, bool? FromVehicleHolder, int? Version);

/// <summary>An official identifies or re-identifies the offender of a case through the registries, before the decision.</summary>
internal static class IdentificationEndpoints
{
    public static void MapIdentificationEndpoints(this RouteGroupBuilder api) =>
        api.MapPost("/cases/{id:guid}/identifications", Identify)
            .RequireAuthorization(Roles.SanctioningOfficial)
            .WithSummary("Identify the offender by national register number, or as the holder of the case's plate on the date of the facts; answers the case.")
            .Accepts<IdentificationRequest>("application/json")
            .Produces<CaseDetails>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

    private static async Task<IResult> Identify(Guid id, HttpRequest http, IMediator mediator, IStringLocalizer<SharedResource> localizer)
    {
        var (request, problem) = await JsonBody.ReadAsync<IdentificationRequest>(http);
        if (problem is not null)
        {
            return problem;
        }

        var ct = http.HttpContext.RequestAborted;
        var done = await mediator.Send(
            new IdentifyOffenderCommand(id, request!.NationalRegisterNumber, request.FromVehicleHolder ?? false, request.Version), ct);
        if (done.IsFailure)
        {
            return RegistryProblems.From(done.Errors, localizer, http.HttpContext.Response);
        }

        var found = await mediator.Send(new GetCaseQuery(id), ct);
        return found.IsSuccess ? Results.Ok(found.Value) : ApiProblems.From(found.Errors, localizer);
    }
}
