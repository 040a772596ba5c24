using Sac.Domain.Devices;
using Sac.Domain.Municipalities;

namespace Sac.Web.Api;

/// <summary>PUT /devices/{id}: the device's details as they should be; <c>version</c> refuses a stale edit.</summary>
internal sealed record DeviceRequest(
    DeviceType? Type, string? Location, double? Latitude, double? Longitude, IReadOnlyList<InfractionCategory>? Categories,
    int? FeedIntervalMinutes, bool? Active, int? Version);

internal sealed record CertificationRequest(string? Reference, DateOnly? ValidFrom, DateOnly? ValidUntil, int? Version);

internal sealed record ValidationRequest(int? Version);
