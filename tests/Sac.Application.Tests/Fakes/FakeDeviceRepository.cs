using Sac.Application.Common.Ports;
using Sac.Domain.Devices;

namespace Sac.Application.Tests.Fakes;

/// <summary>Devices in memory; <see cref="Received"/> records what intake marked as received.</summary>
internal sealed class FakeDeviceRepository : IDeviceRepository
{
    public List<Device> Devices { get; } = [];

    public List<(Guid DeviceId, DateTimeOffset At)> Received { get; } = [];

    public Task<Device?> GetAsync(Guid id, CancellationToken cancellationToken) => Task.FromResult(Devices.FirstOrDefault(d => d.Id == id));

    public Task<Device?> FindAsync(string municipalityNis, string identifier, CancellationToken cancellationToken) =>
        Task.FromResult(Devices.FirstOrDefault(d => d.MunicipalityNis == municipalityNis && d.Identifier == identifier));

    public Task<IReadOnlyList<Device>> ListAsync(IReadOnlyCollection<string> municipalities, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Device>>([.. Devices.Where(d => municipalities.Contains(d.MunicipalityNis))]);

    public void Add(Device device) => Devices.Add(device);

    public void MarkReceived(Guid deviceId, DateTimeOffset at) => Received.Add((deviceId, at));
}
