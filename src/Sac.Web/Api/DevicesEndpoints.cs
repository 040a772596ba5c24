using Mediator;
using Microsoft.Extensions.Localization;
using Sac.Application.Cases.Validation;
using Sac.Application.Common;
using Sac.Application.Devices;
using Sac.Domain.Common;

namespace Sac.Web.Api;

/// <summary>The municipality's automatic devices (MunicipalAdmin), and the officials' queue of device findings to validate.</summary>
internal static class DevicesEndpoints
{
    public static void MapDevicesEndpoints(this RouteGroupBuilder api)
    {
        var devices = api.MapGroup("/devices").RequireAuthorization(Roles.MunicipalAdmin);
        devices.MapGet(string.Empty, List)
            .WithSummary("The devices of the caller's municipalities (municipality= for one), each with its feed alert (silent) at the current clock.")
            .Produces<IReadOnlyList<DeviceView>>();
        devices.MapGet("/{id:guid}", Get)
            .WithSummary("One device with its certifications.")
            .Produces<DeviceView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        devices.MapPost(string.Empty, Register)
            .WithSummary("Register a device: identifier (unique in the municipality), type, location, categories (CameraC3F103, CycleZoneF111), feedIntervalMinutes.")
            .Accepts<RegisterDeviceCommand>("application/json")
            .Produces<DeviceView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        devices.MapPut("/{id:guid}", Change)
            .WithSummary("Change a device's details; active=false retires it.")
            .Accepts<DeviceRequest>("application/json")
            .Produces<DeviceView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        devices.MapPost("/{id:guid}/certifications", Certify)
            .WithSummary("Add a certification (reference, validFrom, validUntil, both days included); certifications do not overlap.")
            .Accepts<CertificationRequest>("application/json")
            .Produces<DeviceView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        api.MapGet("/validations", AwaitingValidation)
            .RequireAuthorization(Roles.SanctioningOfficial)
            .WithSummary("Device findings of the caller's municipalities awaiting validation, oldest first, with their photos' document ids.")
            .Produces<PagedList<AwaitingValidation>>();
    }

    private static async Task<IResult> List(string? municipality, IMediator mediator, CancellationToken ct) =>
        Results.Ok((await mediator.Send(new ListDevicesQuery(municipality), ct)).Value);

    private static async Task<IResult> Get(Guid id, IMediator mediator, IStringLocalizer<SharedResource> localizer, CancellationToken ct)
    {
        var found = await mediator.Send(new GetDeviceQuery(id), ct);
        return found.IsSuccess ? Results.Ok(found.Value) : ApiProblems.From(found.Errors, localizer);
    }

    private static async Task<IResult> Register(HttpRequest http, IMediator mediator, IStringLocalizer<SharedResource> localizer)
    {
        var (command, problem) = await JsonBody.ReadAsync<RegisterDeviceCommand>(http);
        if (problem is not null)
        {
            return problem;
        }

        var ct = http.HttpContext.RequestAborted;
        var registered = await mediator.Send(command!, ct);
        if (registered.IsFailure)
        {
            return ApiProblems.From(registered.Errors, localizer);
        }

        var found = await mediator.Send(new GetDeviceQuery(registered.Value), ct);
        return Results.Created($"{ApiRoutes.Prefix}/devices/{registered.Value}", found.Value);
    }

    private static Task<IResult> Change(Guid id, HttpRequest http, IMediator mediator, IStringLocalizer<SharedResource> localizer) =>
        Send<DeviceRequest>(id, http, mediator, localizer, r =>
            new ChangeDeviceCommand(id, r.Type, r.Location, r.Latitude, r.Longitude, r.Categories, r.FeedIntervalMinutes, r.Active, r.Version));

    private static Task<IResult> Certify(Guid id, HttpRequest http, IMediator mediator, IStringLocalizer<SharedResource> localizer) =>
        Send<CertificationRequest>(id, http, mediator, localizer, r => new CertifyDeviceCommand(id, r.Reference, r.ValidFrom, r.ValidUntil, r.Version));

    private static async Task<IResult> Send<TRequest>(
        Guid id, HttpRequest http, IMediator mediator, IStringLocalizer<SharedResource> localizer, Func<TRequest, ICommand<Result>> toCommand)
        where TRequest : class
    {
        var (request, problem) = await JsonBody.ReadAsync<TRequest>(http);
        if (problem is not null)
        {
            return problem;
        }

        var ct = http.HttpContext.RequestAborted;
        var done = await mediator.Send(toCommand(request!), ct);
        if (done.IsFailure)
        {
            return ApiProblems.From(done.Errors, localizer);
        }

        var found = await mediator.Send(new GetDeviceQuery(id), ct);
        return Results.Ok(found.Value);
    }

    private static async Task<IResult> AwaitingValidation(string? municipality, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
        Results.Ok((await mediator.Send(new ListAwaitingValidationQuery(municipality, page ?? 1, pageSize ?? 50), ct)).Value);
}
