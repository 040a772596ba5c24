using Sac.Domain.PlaceBans;

namespace Sac.Application.Common.Ports;

public interface IPlaceBanRepository
{
    void Add(PlaceBan ban);

    Task<PlaceBan?> GetAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>The register of one municipality, newest first.</summary>
    Task<IReadOnlyList<PlaceBan>> ListAsync(string municipalityNis, CancellationToken cancellationToken);
}
