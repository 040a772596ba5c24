using Sac.Domain.CollegeSanctions;

namespace Sac.Application.Common.Ports;

public interface ICollegeSanctionRepository
{
    void Add(CollegeSanction sanction);

    Task<CollegeSanction?> GetAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>The register of one municipality, newest first.</summary>
    Task<IReadOnlyList<CollegeSanction>> ListAsync(string municipalityNis, CancellationToken cancellationToken);
}
