using Microsoft.AspNetCore.Mvc.Rendering;
using Sac.Application.Devices;
using Sac.Domain.Devices;
using Sac.Domain.Municipalities;

namespace Sac.Web.Models;

/// <summary>A device's details in the browser: registering one (with municipality and identifier) or changing one.</summary>
public sealed class DeviceForm : IDeviceFields
{
    public string? Municipality { get; set; }

    public string? Identifier { get; set; }

    public DeviceType? Type { get; set; }

    public string? Location { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    public List<InfractionCategory> Categories { get; set; } = [];

    IReadOnlyList<InfractionCategory>? IDeviceFields.Categories => Categories;

    public int? FeedIntervalMinutes { get; set; } = 60;

    public bool Active { get; set; } = true;

    bool? IDeviceFields.Active => Active;

    public int? Version { get; set; }

    public IReadOnlyList<SelectListItem> MunicipalityChoices { get; set; } = [];

    public static DeviceForm Of(DeviceView device) => new()
    {
        Municipality = device.Municipality, Identifier = device.Identifier, Type = device.Type, Location = device.Location,
        Latitude = device.Latitude, Longitude = device.Longitude, Categories = [.. device.Categories],
        FeedIntervalMinutes = device.FeedIntervalMinutes, Active = device.Active, Version = device.Version,
    };

    public RegisterDeviceCommand ToRegisterCommand() =>
        new(Municipality, Identifier, Type, Location, Latitude, Longitude, Categories, FeedIntervalMinutes, Active);

    public ChangeDeviceCommand ToChangeCommand(Guid id) =>
        new(id, Type, Location, Latitude, Longitude, Categories, FeedIntervalMinutes, Active, Version);
}

public sealed class CertificationForm
{
    public string? Reference { get; set; }

    public DateOnly? ValidFrom { get; set; }

    public DateOnly? ValidUntil { get; set; }

    public int? Version { get; set; }
}

/// <summary>One device with its form and the form to add its next certification.</summary>
public sealed record DevicePage(DeviceView Device, DeviceForm Form, CertificationForm Certification);

/// <summary>The devices of the administrator's municipalities.</summary>
public sealed record DevicesPage(IReadOnlyList<DeviceView> Devices, IReadOnlyDictionary<string, string> MunicipalityNames);
