namespace Sac.Domain.Municipalities;

/// <summary>The legal category of an infraction of the police regulation (gas-law.md §2).</summary>
public enum InfractionCategory
{
    PureAdministrative,
    MixedLight,
    MixedSerious,
    Parking1,
    Parking2,
    CameraC3F103,
    CycleZoneF111,
}

public static class InfractionCategoryRules
{
    /// <summary>Art. 3,3° infractions: a fixed fine set by royal decree, adults and legal persons only, no recidivism increase.</summary>
    public static bool IsTrafficWithFixedFine(this InfractionCategory category) => category
        is InfractionCategory.Parking1 or InfractionCategory.Parking2
        or InfractionCategory.CameraC3F103 or InfractionCategory.CycleZoneF111;

    /// <summary>Mixed infractions are also criminal offences: the prosecutor has a say first.</summary>
    public static bool IsMixed(this InfractionCategory category) =>
        category is InfractionCategory.MixedLight or InfractionCategory.MixedSerious;

    /// <summary>A protocol agreement may let the official proceed at once on a light mixed infraction; a serious one needs the prosecutor's agreement.</summary>
    public static bool MayBeWaivedByProtocol(this InfractionCategory category) => category is InfractionCategory.MixedLight;
}
