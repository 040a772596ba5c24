namespace Sac.Domain.Devices;

/// <summary>
/// The device that recorded a finding and the certification valid on the facts date, copied onto the case as evidence:
/// later changes to the device (a new location, a retirement) do not change what the case was found with.
/// </summary>
public sealed record DeviceEvidence(Guid DeviceId, string Identifier, DeviceType Type, string CertificateReference, DateOnly CertifiedFrom, DateOnly CertifiedUntil);
