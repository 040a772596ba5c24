namespace Sac.Domain.Devices;

/// <summary>The kinds of automatically working devices a municipality registers (gas-law.md §7).</summary>
public enum DeviceType
{
    FixedCamera,
    MobileCamera,
    AnprCamera,
}
