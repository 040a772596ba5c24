using Sac.Domain.Cases;

namespace Sac.Application.Common.Ports;

public interface ICaseRepository
{
    Task<Case?> GetAsync(Guid id, CancellationToken cancellationToken);

    Task<Case?> FindByExternalIdAsync(string externalId, CancellationToken cancellationToken);

    void Add(Case opened);
}
