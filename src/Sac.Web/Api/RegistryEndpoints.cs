using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Sac.Application.Common;
using Sac.Application.Registries;
using Sac.Application.Registries.Lookups;

namespace Sac.Web.Api;

/// <summary>
/// The registry lookups of api-v1.md, for finders and sanctioning officials. <c>reference</c> (a case id, or the externalId
/// of the finding being recorded) and <c>purpose</c> (IdentifyOffender, NotifyOffender) are required; every authenticated call,
/// answered or refused (a role that may not consult included), is in the registry-access log.
/// </summary>
internal static class RegistryEndpoints
{
    public static void MapRegistryEndpoints(this RouteGroupBuilder api)
    {
        // Any signed-in caller reaches the application, which refuses other roles than finders and officials (403) and logs it.
        var registry = api.MapGroup("/registry").RequireAuthorization();
        registry.MapGet("/persons/{nationalRegisterNumber}", LookUpPerson)
            .WithSummary("A person from the National Register: names, birth date, sex, language, main address, deceased. Purpose-bound and logged.")
            .Produces<RegisteredPerson>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        registry.MapGet("/vehicles/{plate}", LookUpVehicleHolder)
            .WithSummary("The holder of a Belgian plate on a date (at=YYYY-MM-DD), from the vehicle registry (DIV). Purpose-bound and logged.")
            .Produces<VehicleHolder>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        registry.MapGet("/companies/{enterpriseNumber}", LookUpCompany)
            .WithSummary("An enterprise from the Crossroads Bank for Enterprises (KBO / BCE): name, seat, active. Purpose-bound and logged.")
            .Produces<RegisteredCompany>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
    }

    private static async Task<IResult> LookUpPerson(
        string nationalRegisterNumber, [FromQuery] string? reference, [FromQuery] string? purpose,
        IMediator mediator, IStringLocalizer<SharedResource> localizer, HttpResponse response, CancellationToken ct)
    {
        var found = await mediator.Send(new LookUpPersonQuery(nationalRegisterNumber, reference, purpose), ct);
        return found.IsSuccess ? Results.Ok(found.Value) : RegistryProblems.From(found.Errors, localizer, response);
    }

    private static async Task<IResult> LookUpVehicleHolder(
        string plate, [FromQuery] string? at, [FromQuery] string? reference, [FromQuery] string? purpose,
        IMediator mediator, IStringLocalizer<SharedResource> localizer, HttpResponse response, CancellationToken ct)
    {
        var found = await mediator.Send(new LookUpVehicleHolderQuery(plate, at, reference, purpose), ct);
        return found.IsSuccess ? Results.Ok(found.Value) : RegistryProblems.From(found.Errors, localizer, response);
    }

    private static async Task<IResult> LookUpCompany(
        string enterpriseNumber, [FromQuery] string? reference, [FromQuery] string? purpose,
        IMediator mediator, IStringLocalizer<SharedResource> localizer, HttpResponse response, CancellationToken ct)
    {
        var found = await mediator.Send(new LookUpCompanyQuery(enterpriseNumber, reference, purpose), ct);
        return found.IsSuccess ? Results.Ok(found.Value) : RegistryProblems.From(found.Errors, localizer, response);
    }
}
