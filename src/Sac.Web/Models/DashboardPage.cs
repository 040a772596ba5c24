using Sac.Application.Cases.Dashboard;
using Sac.Application.Cases.SearchCases;

namespace Sac.Web.Models;

/// <summary>The counters of the official's work queues, one row per municipality served.</summary>
public sealed record DashboardPage(IReadOnlyList<MunicipalityQueues> Municipalities, IReadOnlyDictionary<string, string> MunicipalityNames)
{
    /// <summary>The queues in the order of the procedure: notice, hearing, decision, time bar, payment.</summary>
    public static IReadOnlyList<WorkQueue> Queues { get; } =
        [WorkQueue.ToNotify, WorkQueue.HearingPlanned, WorkQueue.DefenceEnded, WorkQueue.TimeBarRisk, WorkQueue.PaymentOverdue];

    public string NameOf(string nis) => MunicipalityNames.TryGetValue(nis, out var name) ? name : nis;
}
