using Microsoft.EntityFrameworkCore;
using Sac.Infrastructure.Persistence;

namespace Sac.Infrastructure.Devices;

/// <summary>
/// The findings a unit of work received from devices, written by <see cref="UnitOfWork"/> in the transaction of its save as
/// one conditional UPDATE per device (never backwards). Not through the device aggregate: its version is for edits, and
/// many findings of one camera arrive at once (docs/adr/0005-concurrent-intake.md).
/// </summary>
internal sealed class DeviceSightings
{
    private readonly Dictionary<Guid, DateTimeOffset> latest = [];

    public bool Any => latest.Count > 0;

    public void Add(Guid deviceId, DateTimeOffset at) =>
        latest[deviceId] = latest.TryGetValue(deviceId, out var known) && known > at ? known : at;

    public void Clear() => latest.Clear();

    public async Task WriteAsync(SacDbContext db, CancellationToken cancellationToken)
    {
        foreach (var (deviceId, at) in latest)
        {
            await db.Devices
                .Where(d => d.Id == deviceId && (d.LastReceivedAt == null || d.LastReceivedAt < at))
                .ExecuteUpdateAsync(set => set.SetProperty(d => d.LastReceivedAt, at), cancellationToken);
        }

        latest.Clear();
    }
}
