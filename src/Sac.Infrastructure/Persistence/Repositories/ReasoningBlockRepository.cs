using Microsoft.EntityFrameworkCore;
using Sac.Application.Common.Ports;
using Sac.Domain.Reasoning;

namespace Sac.Infrastructure.Persistence.Repositories;

internal sealed class ReasoningBlockRepository(SacDbContext db) : IReasoningBlockRepository
{
    public void Add(ReasoningBlock block) => db.ReasoningBlocks.Add(block);

    public Task<ReasoningBlock?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        db.ReasoningBlocks.SingleOrDefaultAsync(b => b.Id == id, cancellationToken);

    public async Task<IReadOnlyList<ReasoningBlock>> ListAsync(string municipalityNis, bool includeRetired, CancellationToken cancellationToken) =>
        await db.ReasoningBlocks
            .Where(b => b.MunicipalityNis == municipalityNis && (includeRetired || !b.Retired))
            .OrderBy(b => b.Topic).ThenBy(b => b.Title)
            .ToListAsync(cancellationToken);
}
