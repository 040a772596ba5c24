using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Sac.Domain.Audit;
using Sac.Domain.Devices;
using Sac.Infrastructure.Persistence;

namespace Sac.Infrastructure.Audit;

/// <summary>
/// The audit entries of devices: registered, changed (the fields that changed, before and after; a retirement is a change
/// of <c>active</c>), certified. Intake's last-received instant is not a change of the device and is written outside the
/// change tracker anyway.
/// </summary>
internal static class DeviceAudit
{
    private static readonly string[] Bookkeeping =
        [nameof(Device.Version), nameof(Device.LastReceivedAt), nameof(Device.RegisteredAt), nameof(Device.Categories), nameof(Device.MunicipalityNis)];

    public static IEnumerable<AuditEntry> Entries(SacDbContext db, List<EntityEntry> changed, AuditActor actor, DateTimeOffset now)
    {
        var devices = db.ChangeTracker.Entries<Device>().ToDictionary(e => e.Entity.Id);
        foreach (var entry in devices.Values.Where(e => e.State is EntityState.Added or EntityState.Modified))
        {
            var device = entry.Entity;
            var (before, after) = ChangeJson.Diff([entry], Bookkeeping);
            var categories = entry.Property(d => d.Categories);
            if (entry.State == EntityState.Added || categories.IsModified)
            {
                after["categories"] = string.Join(",", device.Categories);
            }

            if (after.Count > 0)
            {
                yield return AuditEntry.Record(
                    now, actor, entry.State == EntityState.Added ? AuditAction.DeviceRegistered : AuditAction.DeviceChanged, About(device),
                    entry.State == EntityState.Added ? null : ChangeJson.Text(before), ChangeJson.Text(after));
            }
        }

        foreach (var certification in changed.Where(e => e.Entity is DeviceCertification && e.State == EntityState.Added))
        {
            var device = devices[(Guid)certification.Property("DeviceId").CurrentValue!].Entity;
            var (_, after) = ChangeJson.Diff([certification]);
            yield return AuditEntry.Record(now, actor, AuditAction.DeviceCertified, About(device), after: ChangeJson.Text(after));
        }
    }

    private static AuditTarget About(Device device) => new(AuditSubject.Device, device.Id.ToString(), device.Identifier, device.MunicipalityNis);
}
