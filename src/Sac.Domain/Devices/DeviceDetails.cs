using Sac.Domain.Municipalities;

namespace Sac.Domain.Devices;

/// <summary>What a municipal administrator says of a device; the identifier and municipality are fixed at registration.</summary>
/// <param name="FeedIntervalMinutes">The longest expected gap between two transmissions; a longer silence raises an alert.</param>
public sealed record DeviceDetails(
    DeviceType Type,
    string Location,
    double? Latitude,
    double? Longitude,
    IReadOnlyCollection<InfractionCategory> Categories,
    int FeedIntervalMinutes,
    bool Active);
