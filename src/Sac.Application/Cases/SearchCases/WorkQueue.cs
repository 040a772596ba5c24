namespace Sac.Application.Cases.SearchCases;

/// <summary>The official's work queues: what waits for the official's next act, and what the passing of time brought.</summary>
public enum WorkQueue
{
    /// <summary>Undecided cases whose decision limit is at most <see cref="WorkQueues.TimeBarRiskDays"/> days away (or passed).</summary>
    TimeBarRisk,

    /// <summary>Fines still unpaid after the reminder's term: to hand over to forced collection.</summary>
    PaymentOverdue,

    /// <summary>Cases waiting for their notice of proceedings: registered (or parents informed, mediation failed), no notice sent.</summary>
    ToNotify,

    /// <summary>The defence period ended (or the hearing was held): ready for the decision.</summary>
    DefenceEnded,

    /// <summary>An oral hearing is scheduled.</summary>
    HearingPlanned,

    /// <summary>Findings of automatic devices that no official has validated yet: no notice before (gas-law.md §7).</summary>
    AwaitingValidation,
}

public static class WorkQueues
{
    /// <summary>The time-bar queue looks this many days ahead: the first warning before the decision limit (gas-law.md §0b).</summary>
    public const int TimeBarRiskDays = 30;
}
