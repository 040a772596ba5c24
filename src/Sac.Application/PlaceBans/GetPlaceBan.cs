using Mediator;
using Sac.Application.Common;
using Sac.Application.Common.Ports;
using Sac.Application.Measures;
using Sac.Domain.Calendar;
using Sac.Domain.Common;
using Sac.Domain.Measures;

namespace Sac.Application.PlaceBans;

/// <summary>One place ban with its letters; 404 outside the user's municipalities.</summary>
public sealed record GetPlaceBanQuery(Guid Id) : IQuery<Result<PlaceBanDetails>>;

/// <summary>The register of a municipality, newest first; <see cref="EndingSoon"/> keeps the active ones whose last day is near.</summary>
public sealed record ListPlaceBansQuery(string Municipality, bool EndingSoon = false) : IQuery<Result<IReadOnlyList<PlaceBanDetails>>>;

/// <summary>The bans in force today in a municipality, as its finders see them (person, place, until).</summary>
public sealed record ListActivePlaceBansQuery(string Municipality) : IQuery<Result<IReadOnlyList<ActivePlaceBan>>>;

internal sealed class GetPlaceBanHandler(IPlaceBanRepository bans, IMeasureDocumentRepository documents, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<GetPlaceBanQuery, Result<PlaceBanDetails>>
{
    public async ValueTask<Result<PlaceBanDetails>> Handle(GetPlaceBanQuery query, CancellationToken cancellationToken)
    {
        var found = await bans.GetAsync(query.Id, cancellationToken);
        var access = user.ToRead(found, found?.MunicipalityNis ?? string.Empty, "The place ban");
        return access.IsFailure
            ? Result<PlaceBanDetails>.Failure(access.Errors)
            : PlaceBanDetails.Of(access.Value, BelgianTime.DateOf(clock.GetUtcNow()), await documents.ListAsync(query.Id, cancellationToken));
    }
}

internal sealed class ListPlaceBansHandler(IPlaceBanRepository bans, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<ListPlaceBansQuery, Result<IReadOnlyList<PlaceBanDetails>>>
{
    public async ValueTask<Result<IReadOnlyList<PlaceBanDetails>>> Handle(ListPlaceBansQuery query, CancellationToken cancellationToken)
    {
        if (!user.BelongsTo(query.Municipality))
        {
            return ApplicationErrors.NotYourMunicipality;
        }

        var today = BelgianTime.DateOf(clock.GetUtcNow());
        var all = (await bans.ListAsync(query.Municipality, cancellationToken)).Select(b => PlaceBanDetails.Of(b, today, []));
        return Result<IReadOnlyList<PlaceBanDetails>>.Success([.. all.Where(b => !query.EndingSoon || b.EndsSoon)]);
    }
}

internal sealed class ListActivePlaceBansHandler(IPlaceBanRepository bans, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<ListActivePlaceBansQuery, Result<IReadOnlyList<ActivePlaceBan>>>
{
    public async ValueTask<Result<IReadOnlyList<ActivePlaceBan>>> Handle(ListActivePlaceBansQuery query, CancellationToken cancellationToken)
    {
        if (!user.BelongsTo(query.Municipality))
        {
            return ApplicationErrors.NotYourMunicipality;
        }

        var today = BelgianTime.DateOf(clock.GetUtcNow());
        return Result<IReadOnlyList<ActivePlaceBan>>.Success(
        [
            .. (await bans.ListAsync(query.Municipality, cancellationToken))
                .Where(b => b.StateOn(today) == MeasureState.Active)
                .OrderBy(b => b.EndsOn)
                .Select(b => new ActivePlaceBan(b.Id, b.MunicipalityNis, b.Person.Name, b.Place, b.StartsOn!.Value, b.EndsOn!.Value)),
        ]);
    }
}
