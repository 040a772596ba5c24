using Sac.Domain.Calendar;
using Sac.Domain.Common;
using Sac.Domain.LegalRegimes;
using Sac.Domain.Measures;

namespace Sac.Domain.PlaceBans;

/// <summary>
/// The mayor's temporary place ban (art. 134sexies NGW/NLC; gas-law.md §3.6): a person heard first, then periods of at most
/// the regime's months, renewed back to back a limited number of times. Each period bumps <see cref="Version"/>.
/// </summary>
/// <remarks>
/// A renewal starts exactly the day after the previous period and is decided before that period ends: a ban that has lapsed
/// is over, and a new one needs a new hearing (a new record).
/// </remarks>
public sealed class PlaceBan
{
    private readonly List<PlaceBanPeriod> periods = [];

    private PlaceBan()
    {
        MunicipalityNis = Place = Grounds = RecordedBy = string.Empty;
        Person = null!;
    }

    public Guid Id { get; private set; }

    public string MunicipalityNis { get; private set; }

    public Addressee Person { get; private set; }

    /// <summary>The place or perimeter the person may not enter.</summary>
    public string Place { get; private set; }

    public PlaceBanGround Ground { get; private set; }

    /// <summary>The facts behind the ground, as the mayor states them.</summary>
    public string Grounds { get; private set; }

    public DateOnly HeardOn { get; private set; }

    public IReadOnlyList<PlaceBanPeriod> Periods => periods;

    public DateOnly? StartsOn => periods.Count > 0 ? periods[0].StartsOn : null;

    public DateOnly? EndsOn => periods.Count > 0 ? periods[^1].EndsOn : null;

    public DateTimeOffset RecordedAt { get; private set; }

    public string RecordedBy { get; private set; }

    public int Version { get; private set; }

    /// <summary>The day the retention period of the personal data runs from: recorded, then the last day of the last period.</summary>
    public DateOnly RetentionFrom { get; private set; }

    /// <summary>The day the personal data was erased; null while it is kept.</summary>
    public DateOnly? AnonymisedOn { get; private set; }

    public MeasureState StateOn(DateOnly today) => MeasureTerm.StateOn(today, StartsOn, EndsOn);

    public static Result<PlaceBan> Record(
        string municipalityNis, Addressee person, string? place, PlaceBanGround ground, string? grounds, DateOnly heardOn, DateTimeOffset now, string by)
    {
        var errors = new List<Error>();
        if (person.Kind != AddresseeKind.Person)
        {
            errors.Add(PlaceBanErrors.PersonOnly);
        }

        if (string.IsNullOrWhiteSpace(place))
        {
            errors.Add(PlaceBanErrors.PlaceRequired);
        }

        if (string.IsNullOrWhiteSpace(grounds))
        {
            errors.Add(PlaceBanErrors.GroundsRequired);
        }

        return errors.Count > 0
            ? Result<PlaceBan>.Failure(errors)
            : new PlaceBan
            {
                Id = Guid.NewGuid(),
                MunicipalityNis = municipalityNis,
                Person = person,
                Place = place!.Trim(),
                Ground = ground,
                Grounds = grounds!.Trim(),
                HeardOn = heardOn,
                RecordedAt = now,
                RecordedBy = by,
                RetentionFrom = BelgianTime.DateOf(now),
                Version = 1,
            };
    }

    /// <summary>The first period, or a renewal of the last one, under the legal regime in force on the day it is decided.</summary>
    public Result<PlaceBanPeriod> ImposePeriod(DateOnly decidedOn, DateOnly startsOn, DateOnly endsOn)
    {
        if (AnonymisedOn is not null)
        {
            return MeasureErrors.Anonymised;
        }

        if (LegalRegimeHistory.On(decidedOn) is not { } regime)
        {
            return PlaceBanErrors.BeforeRegime;
        }

        var refusal = periods.Count == 0 ? FirstPeriodRefusal(decidedOn, startsOn) : RenewalRefusal(decidedOn, startsOn, regime);
        var lastDay = PlaceBanTerm.LastDay(startsOn, regime.PlaceBanPeriodMonths);
        refusal ??= endsOn < startsOn ? MeasureErrors.EndNotAfterStart
            : endsOn > lastDay ? PlaceBanErrors.PeriodTooLong(lastDay)
            : null;
        if (refusal is not null)
        {
            return refusal;
        }

        var period = new PlaceBanPeriod(periods.Count + 1, decidedOn, startsOn, endsOn);
        periods.Add(period);
        RetentionFrom = endsOn;
        Version++;
        return period;
    }

    /// <summary>
    /// Once the retention period has ended (<see cref="MeasureRetention"/>), erases who the person is and the facts stated
    /// about them; the place, the ground and the periods stay. False when nothing changed (still kept, or already erased).
    /// </summary>
    public bool Anonymise(int retentionYears, DateTimeOffset now)
    {
        var today = BelgianTime.DateOf(now);
        if (AnonymisedOn is not null || !MeasureRetention.HasEnded(RetentionFrom, retentionYears, today))
        {
            return false;
        }

        Person = Person.Anonymised();
        Grounds = string.Empty;
        AnonymisedOn = today;
        Version++;
        return true;
    }

    private Error? FirstPeriodRefusal(DateOnly decidedOn, DateOnly startsOn) =>
        decidedOn < HeardOn ? PlaceBanErrors.BeforeHearing
        : startsOn < decidedOn ? MeasureErrors.StartBeforeDecision
        : null;

    private Error? RenewalRefusal(DateOnly decidedOn, DateOnly startsOn, LegalRegime regime)
    {
        var previous = periods[^1];
        return periods.Count > regime.PlaceBanRenewals ? PlaceBanErrors.RenewalsExhausted(regime.PlaceBanRenewals)
            : decidedOn > previous.EndsOn ? PlaceBanErrors.RenewalAfterEnd
            : startsOn != previous.EndsOn.AddDays(1) ? PlaceBanErrors.RenewalNotConsecutive(previous.EndsOn.AddDays(1))
            : null;
    }
}
