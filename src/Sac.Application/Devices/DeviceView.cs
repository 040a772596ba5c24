using Sac.Domain.Devices;
using Sac.Domain.Municipalities;

namespace Sac.Application.Devices;

/// <summary>A device as administrators and officials see it; <paramref name="Silent"/> is the feed alert at the current clock.</summary>
public sealed record DeviceView(
    Guid Id,
    string Municipality,
    string Identifier,
    DeviceType Type,
    string Location,
    double? Latitude,
    double? Longitude,
    IReadOnlyList<InfractionCategory> Categories,
    int FeedIntervalMinutes,
    bool Active,
    DateTimeOffset RegisteredAt,
    DateTimeOffset? LastReceivedAt,
    bool Silent,
    IReadOnlyList<DeviceCertification> Certifications,
    int Version)
{
    internal static DeviceView Of(Device device, DateTimeOffset now) => new(
        device.Id, device.MunicipalityNis, device.Identifier, device.Type, device.Location, device.Latitude, device.Longitude,
        device.Categories, device.FeedIntervalMinutes, device.Active, device.RegisteredAt, device.LastReceivedAt, device.IsSilent(now),
        [.. device.Certifications.OrderBy(c => c.ValidFrom)], device.Version);
}
