using Sac.Application.Common.Ports;
using Sac.Domain.Reasoning;

namespace Sac.Application.Tests.Fakes;

/// <summary>An in-memory <see cref="IReasoningBlockRepository"/>: lists by topic, then title, as the real one does.</summary>
internal sealed class FakeReasoningBlockRepository : IReasoningBlockRepository
{
    public List<ReasoningBlock> Stored { get; } = [];

    public void Add(ReasoningBlock block) => Stored.Add(block);

    public Task<ReasoningBlock?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        Task.FromResult(Stored.SingleOrDefault(b => b.Id == id));

    public Task<IReadOnlyList<ReasoningBlock>> ListAsync(string municipalityNis, bool includeRetired, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ReasoningBlock>>(
        [
            .. Stored
                .Where(b => b.MunicipalityNis == municipalityNis && (includeRetired || !b.Retired))
                .OrderBy(b => b.Topic)
                .ThenBy(b => b.Title, StringComparer.Ordinal),
        ]);
}
