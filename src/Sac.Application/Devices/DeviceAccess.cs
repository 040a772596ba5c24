using Sac.Application.Common;
using Sac.Application.Common.Ports;
using Sac.Domain.Common;
using Sac.Domain.Devices;

namespace Sac.Application.Devices;

/// <summary>Loads a device for its municipality's users only: 404 to read another's, 403 to change it, 409 on a stale version.</summary>
internal sealed class DeviceAccess(ICurrentUser user, IDeviceRepository devices)
{
    public static readonly Error StaleVersion = new("DEVICE_STALE_VERSION", "Someone changed this device since you opened it.", ErrorKind.Conflict);

    public async Task<Result<Device>> GetToReadAsync(Guid id, CancellationToken cancellationToken) =>
        await devices.GetAsync(id, cancellationToken) is { } found && user.BelongsTo(found.MunicipalityNis)
            ? found
            : ApplicationErrors.NotFound("The device");

    public async Task<Result<Device>> GetToActOnAsync(Guid id, int? expectedVersion, CancellationToken cancellationToken)
    {
        if (await devices.GetAsync(id, cancellationToken) is not { } found)
        {
            return ApplicationErrors.NotFound("The device");
        }

        if (!user.BelongsTo(found.MunicipalityNis))
        {
            return ApplicationErrors.NotYourMunicipality;
        }

        return expectedVersion is { } expected && expected != found.Version ? StaleVersion : found;
    }
}
