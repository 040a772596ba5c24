using Sac.Domain.Municipalities;

namespace Sac.Domain.Devices;

/// <summary>
/// What the law lets automatically working devices find (gas-law.md §1.1, §2.3, §7): the C3 and F103 signs (KB of
/// 9 March 2014), and the F111 cycle zone since the 2023 law. Parking by camera (ANPR) is not confirmed by any source:
/// refused until a legal sign-off adds it here (docs/adr, automatic devices).
/// </summary>
public static class AutomaticDevices
{
    public static IReadOnlySet<InfractionCategory> Categories { get; } =
        new HashSet<InfractionCategory> { InfractionCategory.CameraC3F103, InfractionCategory.CycleZoneF111 };

    public static bool MayFind(InfractionCategory category) => Categories.Contains(category);

    /// <summary>C3 and F103 are GAS infractions only when an automatic device recorded them.</summary>
    public static bool RequireDevice(InfractionCategory category) => category == InfractionCategory.CameraC3F103;
}
