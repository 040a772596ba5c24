using Sac.Application.Common.Ports;
using Sac.Domain.Municipalities;

namespace Sac.Application.Tests.Fakes;

internal sealed class FakeMunicipalityRepository(params Municipality[] municipalities) : IMunicipalityRepository
{
    public Task<Municipality?> GetAsync(string nis, CancellationToken cancellationToken) =>
        Task.FromResult(municipalities.FirstOrDefault(m => m.Nis == nis));

    public Task<IReadOnlyList<string>> ListNisCodesAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>([.. municipalities.Select(m => m.Nis)]);

    public Task<IReadOnlyList<Municipality>> ListAsync(IReadOnlyCollection<string> nisCodes, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Municipality>>([.. municipalities.Where(m => nisCodes.Contains(m.Nis))]);
}
