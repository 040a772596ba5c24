using FluentValidation;
using Sac.Application.Common;
using Sac.Domain.Devices;
using Sac.Domain.Municipalities;

namespace Sac.Application.Devices;

/// <summary>A device's details as an administrator enters them, shared by registering and changing a device.</summary>
public interface IDeviceFields
{
    DeviceType? Type { get; }

    string? Location { get; }

    double? Latitude { get; }

    double? Longitude { get; }

    IReadOnlyList<InfractionCategory>? Categories { get; }

    /// <summary>The longest expected gap between two transmissions, in minutes.</summary>
    int? FeedIntervalMinutes { get; }

    /// <summary>False retires the device; absent means active.</summary>
    bool? Active { get; }
}

internal static class DeviceFields
{
    public static DeviceDetails ToDetails(this IDeviceFields fields) =>
        new(fields.Type!.Value, fields.Location!, fields.Latitude, fields.Longitude, fields.Categories ?? [], fields.FeedIntervalMinutes!.Value, fields.Active ?? true);
}

internal sealed class DeviceFieldsValidator : AbstractValidator<IDeviceFields>
{
    /// <summary>A week: beyond it, monitoring a feed says nothing useful.</summary>
    public const int MaximumFeedIntervalMinutes = 7 * 24 * 60;

    public DeviceFieldsValidator()
    {
        RuleFor(d => d.Type).NotNull().IsInEnum();
        RuleFor(d => d.Location).NotEmpty().MaximumLength(200).WithoutControlCharacters();
        RuleFor(d => d.Latitude).InclusiveBetween(-90, 90);
        RuleFor(d => d.Longitude).InclusiveBetween(-180, 180);
        RuleFor(d => d.Longitude).NotNull().When(d => d.Latitude is not null);
        RuleFor(d => d.Latitude).NotNull().When(d => d.Longitude is not null);
        RuleFor(d => d.Categories).NotEmpty();
        RuleForEach(d => d.Categories).IsInEnum();
        RuleFor(d => d.FeedIntervalMinutes).NotNull().InclusiveBetween(1, MaximumFeedIntervalMinutes);
    }
}
