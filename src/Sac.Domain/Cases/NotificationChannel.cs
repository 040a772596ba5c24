namespace Sac.Domain.Cases;

/// <summary>How a notice or decision reaches the offender; electronic delivery waits for legal confirmation (gas-law.md §5 T5).</summary>
public enum NotificationChannel
{
    RegisteredMail,

    /// <summary>An ordinary letter: enough for the decision on an art. 3,3° traffic infraction (T11).</summary>
    OrdinaryMail,
}
