namespace Sac.Domain.Devices;

/// <summary>
/// One certification (approval and calibration) of a device, valid from <paramref name="ValidFrom"/> to
/// <paramref name="ValidUntil"/>, both days included. A device has several over its life, one after the other.
/// </summary>
public sealed record DeviceCertification(string Reference, DateOnly ValidFrom, DateOnly ValidUntil)
{
    public bool Covers(DateOnly day) => ValidFrom <= day && day <= ValidUntil;

    public bool Overlaps(DeviceCertification other) => ValidFrom <= other.ValidUntil && other.ValidFrom <= ValidUntil;
}
