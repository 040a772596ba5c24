using Microsoft.EntityFrameworkCore;
using Sac.Application.Common.Ports;
using Sac.Domain.Devices;
using Sac.Infrastructure.Persistence;

namespace Sac.Infrastructure.Devices;

internal sealed class DeviceRepository(SacDbContext db, DeviceSightings sightings) : IDeviceRepository
{
    // Both keys are unique; ordered anyway, so the row limit before the certifications' join is well defined.
    public Task<Device?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        db.Devices.Where(d => d.Id == id).OrderBy(d => d.Id).FirstOrDefaultAsync(cancellationToken);

    public Task<Device?> FindAsync(string municipalityNis, string identifier, CancellationToken cancellationToken) =>
        db.Devices.Where(d => d.MunicipalityNis == municipalityNis && d.Identifier == identifier).OrderBy(d => d.Id).FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<Device>> ListAsync(IReadOnlyCollection<string> municipalities, CancellationToken cancellationToken) =>
        await db.Devices.AsNoTracking()
            .Where(d => municipalities.Contains(d.MunicipalityNis))
            .OrderBy(d => d.MunicipalityNis).ThenBy(d => d.Identifier)
            .ToListAsync(cancellationToken);

    public void Add(Device device) => db.Devices.Add(device);

    public void MarkReceived(Guid deviceId, DateTimeOffset at) => sightings.Add(deviceId, at);
}
