namespace Sac.Domain.Cases;

/// <summary>An appeal against the decision: police court for adults, youth court for minors (gas-law.md §5 T12).</summary>
public sealed record Appeal(DateOnly FiledOn, AppealCourt Court, AppealOutcome? Outcome = null, DateOnly? DecidedOn = null);

public enum AppealCourt
{
    PoliceCourt,
    YouthCourt,
}

public enum AppealOutcome
{
    Confirmed,
    Reduced,
    Annulled,
}
