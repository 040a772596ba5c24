namespace Sac.Application.Cases.SearchCases;

/// <summary>The official's work queues that the passing of time fills.</summary>
public enum WorkQueue
{
    /// <summary>Undecided cases warned 30 or 7 days before their decision limit.</summary>
    TimeBarRisk,

    /// <summary>Fines still unpaid after the reminder's term: to hand over to forced collection.</summary>
    PaymentOverdue,
}
