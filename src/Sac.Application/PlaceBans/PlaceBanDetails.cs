using Sac.Application.Measures;
using Sac.Domain.LegalRegimes;
using Sac.Domain.Measures;
using Sac.Domain.PlaceBans;

namespace Sac.Application.PlaceBans;

/// <summary>
/// A place ban as the API answers it and the pages show it; <see cref="State"/> and <see cref="EndsSoon"/> as of today; from
/// <see cref="AnonymisedOn"/> on, the person's identity and the grounds are erased.
/// </summary>
public sealed record PlaceBanDetails(
    Guid Id,
    string Reference,
    string Municipality,
    AddresseeDetails Person,
    string Place,
    PlaceBanGround Ground,
    string Grounds,
    DateOnly HeardOn,
    IReadOnlyList<PlaceBanPeriod> Periods,
    DateOnly? StartsOn,
    DateOnly? EndsOn,
    MeasureState State,
    bool EndsSoon,
    bool MayBeRenewed,
    int Version,
    DateOnly? AnonymisedOn,
    IReadOnlyList<MeasureDocumentSummary> Documents)
{
    public static PlaceBanDetails Of(PlaceBan ban, DateOnly today, IReadOnlyList<MeasureDocumentSummary> documents)
    {
        var renewals = (LegalRegimeHistory.On(today) ?? LegalRegimeHistory.All[^1]).PlaceBanRenewals;
        var state = ban.StateOn(today);
        return new(
            ban.Id, MeasureReference.Of(ban.Id), ban.MunicipalityNis, AddresseeDetails.Of(ban.Person), ban.Place, ban.Ground, ban.Grounds, ban.HeardOn,
            ban.Periods, ban.StartsOn, ban.EndsOn, state, MeasureTerm.EndsWithin(today, ban.StartsOn, ban.EndsOn, MeasureFollowUp.EndingSoonDays),
            state is MeasureState.Upcoming or MeasureState.Active && ban.Periods.Count <= renewals, ban.Version, ban.AnonymisedOn, documents);
    }
}

/// <summary>What finders see of an active ban: who, where, until when.</summary>
public sealed record ActivePlaceBan(Guid Id, string Municipality, string Person, string Place, DateOnly StartsOn, DateOnly Until);
