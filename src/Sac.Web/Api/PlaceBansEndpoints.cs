using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;
using Sac.Application.Common;
using Sac.Application.PlaceBans;
using Sac.Web.Hosting;

namespace Sac.Web.Api;

/// <summary>The mayor's temporary place bans (art. 134sexies NGW/NLC); the finders of the municipality see the active ones.</summary>
internal static class PlaceBansEndpoints
{
    private const string Path = "place-bans";

    public static void MapPlaceBansEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost($"/{Path}", (HttpRequest http, IMediator mediator, IStringLocalizer<SharedResource> localizer) =>
                MeasureEndpoints.CreateAsync<PlaceBanRequest, PlaceBanDetails>(
                    http, mediator, localizer, Path,
                    r => new RecordPlaceBanCommand(r.Municipality, r.Person?.ToInput(), r.Place, r.Ground, r.Grounds, r.HeardOn),
                    id => new GetPlaceBanQuery(id)))
            .RequireAuthorization(Policies.KeepsMeasures)
            .WithSummary("Record a place ban once the person was heard (heardOn); its periods follow.")
            .Accepts<PlaceBanRequest>("application/json")
            .Produces<PlaceBanDetails>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapGet($"/{Path}/{{id:guid}}", async (Guid id, IMediator mediator, IStringLocalizer<SharedResource> localizer, CancellationToken ct) =>
                MeasureEndpoints.Answer(await mediator.Send(new GetPlaceBanQuery(id), ct), localizer))
            .RequireAuthorization(Policies.ReadsMeasures)
            .WithSummary("A place ban with its periods, its state today and its letters.")
            .Produces<PlaceBanDetails>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/municipalities/{nis}/place-bans", List)
            .RequireAuthorization(Policies.SeesPlaceBans)
            .WithSummary("active=true: the bans in force today (person, place, until), for the municipality's finders too; otherwise the register "
                + "(not for finders), endingSoon=true keeping the active ones whose last day is within a week.")
            .Produces<IReadOnlyList<PlaceBanDetails>>()
            .ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapStep<PlaceBanPeriodRequest, PlaceBanDetails>(
                $"/{Path}/{{id:guid}}/periods", (id, r) => new ImposePlaceBanPeriodCommand(id, r.DecidedOn, r.StartsOn, r.EndsOn, r.Version), id => new GetPlaceBanQuery(id))
            .RequireAuthorization(Policies.KeepsMeasures)
            .WithSummary("The first period or a renewal; 422 PLACE_BAN_PERIOD_TOO_LONG beyond the regime's months, PLACE_BAN_RENEWALS_EXHAUSTED for a fourth period.");
    }

    private static async Task<IResult> List(
        string nis, bool? active, bool? endingSoon, HttpContext http, IAuthorizationService authorization, IMediator mediator,
        IStringLocalizer<SharedResource> localizer, CancellationToken ct)
    {
        if (active == true)
        {
            return MeasureEndpoints.Answer(await mediator.Send(new ListActivePlaceBansQuery(nis), ct), localizer);
        }

        return (await authorization.AuthorizeAsync(http.User, Policies.ReadsMeasures)).Succeeded
            ? MeasureEndpoints.Answer(await mediator.Send(new ListPlaceBansQuery(nis, endingSoon == true), ct), localizer)
            : ApiProblems.From([ApplicationErrors.Forbidden("Finders see the bans in force only: add active=true.")], localizer);
    }
}
