using Sac.Application.Cases.Dashboard;
using Sac.Application.Cases.SearchCases;
using Sac.Application.Devices;

namespace Sac.Web.Models;

/// <summary>The counters of the official's work queues, one row per municipality served.</summary>
/// <param name="SilentDevices">Active devices whose feed is later than their expected interval: an alert each.</param>
public sealed record DashboardPage(
    IReadOnlyList<MunicipalityQueues> Municipalities, IReadOnlyDictionary<string, string> MunicipalityNames, IReadOnlyList<DeviceView> SilentDevices)
{
    /// <summary>The queues in the order of the procedure: validation, notice, hearing, decision, time bar, payment.</summary>
    public static IReadOnlyList<WorkQueue> Queues { get; } =
        [WorkQueue.AwaitingValidation, WorkQueue.ToNotify, WorkQueue.HearingPlanned, WorkQueue.DefenceEnded, WorkQueue.TimeBarRisk, WorkQueue.PaymentOverdue];

    /// <summary>The user reads measures: the columns of the college sanctions and place bans to follow up are shown.</summary>
    public bool ShowsMeasures => Municipalities.Any(m => m.Measures is not null);

    public string NameOf(string nis) => MunicipalityNames.TryGetValue(nis, out var name) ? name : nis;
}
