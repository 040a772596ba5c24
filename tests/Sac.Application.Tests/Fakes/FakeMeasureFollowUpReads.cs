using Sac.Application.Common.Ports;

namespace Sac.Application.Tests.Fakes;

/// <summary>Answers the counts it was given and records the window it was asked for.</summary>
internal sealed class FakeMeasureFollowUpReads : IMeasureFollowUpReads
{
    public Dictionary<string, int> CollegeSanctionsEnding { get; } = [];

    public Dictionary<string, PlaceBansInForce> PlaceBans { get; } = [];

    public (DateOnly Today, DateOnly LastDay)? AskedFor { get; private set; }

    public Task<IReadOnlyDictionary<string, int>> CountCollegeSanctionsEndingAsync(
        IReadOnlyCollection<string> municipalities, DateOnly today, DateOnly lastDay, CancellationToken cancellationToken)
    {
        AskedFor = (today, lastDay);
        return Task.FromResult<IReadOnlyDictionary<string, int>>(CollegeSanctionsEnding.Where(c => municipalities.Contains(c.Key)).ToDictionary());
    }

    public Task<IReadOnlyDictionary<string, PlaceBansInForce>> CountPlaceBansInForceAsync(
        IReadOnlyCollection<string> municipalities, DateOnly today, DateOnly lastDay, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<string, PlaceBansInForce>>(PlaceBans.Where(c => municipalities.Contains(c.Key)).ToDictionary());
}
