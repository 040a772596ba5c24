namespace Sac.Domain.Measures;

/// <summary>Where a measure stands on a given day; computed from its dates, so no job has to flip it.</summary>
public enum MeasureState
{
    /// <summary>Not decided yet.</summary>
    Pending,

    /// <summary>Decided, first day still to come.</summary>
    Upcoming,

    Active,

    /// <summary>Its last day has passed.</summary>
    Ended,
}

/// <summary>The state of a measure running from a first to a last day (none for a definitive one).</summary>
public static class MeasureTerm
{
    public static MeasureState StateOn(DateOnly today, DateOnly? startsOn, DateOnly? endsOn) => startsOn switch
    {
        null => MeasureState.Pending,
        { } start when today < start => MeasureState.Upcoming,
        _ when endsOn is { } end && today > end => MeasureState.Ended,
        _ => MeasureState.Active,
    };

    /// <summary>Active with its last day within <paramref name="days"/> days of <paramref name="today"/> (today itself included).</summary>
    public static bool EndsWithin(DateOnly today, DateOnly? startsOn, DateOnly? endsOn, int days) =>
        StateOn(today, startsOn, endsOn) == MeasureState.Active && endsOn is { } end && end <= today.AddDays(days);
}
