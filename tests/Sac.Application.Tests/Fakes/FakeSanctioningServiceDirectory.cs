using Sac.Application.Common.Ports;

namespace Sac.Application.Tests.Fakes;

/// <summary>Groups of municipalities served by the same sanctioning official; a municipality in no group serves itself only.</summary>
internal sealed class FakeSanctioningServiceDirectory : ISanctioningServiceDirectory
{
    private readonly List<string[]> services = [];

    public FakeSanctioningServiceDirectory Sharing(params string[] municipalities)
    {
        services.Add(municipalities);
        return this;
    }

    public Task<IReadOnlyCollection<string>> MunicipalitiesSharingServiceWithAsync(string municipalityNis, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyCollection<string>>(
            services.Where(s => s.Contains(municipalityNis)).SelectMany(s => s).Append(municipalityNis).Distinct().ToList());
}
