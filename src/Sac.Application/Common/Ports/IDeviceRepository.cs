using Sac.Domain.Devices;

namespace Sac.Application.Common.Ports;

public interface IDeviceRepository
{
    Task<Device?> GetAsync(Guid id, CancellationToken cancellationToken);

    Task<Device?> FindAsync(string municipalityNis, string identifier, CancellationToken cancellationToken);

    /// <summary>The devices of these municipalities, by municipality and identifier, with their certifications.</summary>
    Task<IReadOnlyList<Device>> ListAsync(IReadOnlyCollection<string> municipalities, CancellationToken cancellationToken);

    void Add(Device device);

    /// <summary>
    /// Intake received a finding from the device at <paramref name="at"/>: moves its last-received instant forward, never back,
    /// in the same transaction as the finding, without touching the device's version (findings of one camera never conflict).
    /// </summary>
    void MarkReceived(Guid deviceId, DateTimeOffset at);
}
