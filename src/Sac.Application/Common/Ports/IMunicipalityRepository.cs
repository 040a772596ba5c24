using Sac.Domain.Municipalities;

namespace Sac.Application.Common.Ports;

public interface IMunicipalityRepository
{
    /// <summary>The municipality with its settings and every version of its regulation.</summary>
    Task<Municipality?> GetAsync(string nis, CancellationToken cancellationToken);

    /// <summary>The NIS code of every municipality Sac serves.</summary>
    Task<IReadOnlyList<string>> ListNisCodesAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<Municipality>> ListAsync(IReadOnlyCollection<string> nisCodes, CancellationToken cancellationToken);
}
