using Sac.Domain.Common;
using Sac.Domain.Municipalities;

namespace Sac.Domain.Devices;

public static class DeviceErrors
{
    public static readonly Error Unknown =
        new("DEVICE_UNKNOWN", "No device with this identifier is registered in this municipality.", ErrorKind.Validation, "device.id");

    public static readonly Error Retired =
        new("DEVICE_RETIRED", "This device is retired: it can no longer record findings.", ErrorKind.BusinessRule, "device.id");

    public static Error NotCertified(DateOnly factsDate) =>
        new("DEVICE_NOT_CERTIFIED", $"The device had no valid certification on {factsDate:yyyy-MM-dd}.", ErrorKind.BusinessRule, "device.id");

    public static Error CategoryNotForDevices(InfractionCategory category) =>
        new("CATEGORY_NOT_FOR_DEVICES", $"The law does not let automatic devices find {category} infractions.", ErrorKind.BusinessRule, "infractionCode");

    public static Error CategoryNotRegistered(InfractionCategory category) =>
        new("DEVICE_CATEGORY_NOT_REGISTERED", $"This device is not registered to find {category} infractions.", ErrorKind.BusinessRule, "infractionCode");

    public static readonly Error Required =
        new("DEVICE_REQUIRED", "C3 and F103 infractions can only be found by an automatic device.", ErrorKind.BusinessRule, "device");

    public static readonly Error CategoriesRequired =
        new("DEVICE_CATEGORIES_REQUIRED", "A device finds at least one infraction category that the law allows for automatic devices.", ErrorKind.Validation, "categories");

    public static readonly Error CertificationPeriodInvalid =
        new("CERTIFICATION_PERIOD_INVALID", "A certification ends on or after the day it starts.", ErrorKind.Validation, "validUntil");

    public static readonly Error CertificationOverlap =
        new("CERTIFICATION_OVERLAP", "This certification overlaps one the device already has.", ErrorKind.BusinessRule, "validFrom");

    public static readonly Error IdentifierTaken =
        new("DEVICE_IDENTIFIER_TAKEN", "Another device of this municipality has this identifier.", ErrorKind.Conflict, "identifier");
}
