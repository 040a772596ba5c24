using Sac.Domain.Reasoning;

namespace Sac.Application.Common.Ports;

public interface IReasoningBlockRepository
{
    void Add(ReasoningBlock block);

    Task<ReasoningBlock?> GetAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>The municipality's blocks, by topic and title; retired ones only when asked.</summary>
    Task<IReadOnlyList<ReasoningBlock>> ListAsync(string municipalityNis, bool includeRetired, CancellationToken cancellationToken);
}
