using Sac.Domain.Common;
using Sac.Domain.Municipalities;

namespace Sac.Domain.Devices;

/// <summary>
/// An automatically working device (camera) of a municipality: what it may find, its successive certifications and how
/// often it is expected to transmit. Edits bump <see cref="Version"/> (optimistic concurrency). <see cref="LastReceivedAt"/>
/// is written by intake alone, outside the version, so that concurrent findings of one camera never conflict on it.
/// </summary>
public sealed class Device
{
    private readonly List<DeviceCertification> certifications = [];
    private List<InfractionCategory> categories = [];

    private Device()
    {
        MunicipalityNis = Identifier = Location = string.Empty;
    }

    public Guid Id { get; private set; }

    public string MunicipalityNis { get; private set; }

    /// <summary>The identifier the device sends with its findings; unique within its municipality.</summary>
    public string Identifier { get; private set; }

    public DeviceType Type { get; private set; }

    public string Location { get; private set; }

    public double? Latitude { get; private set; }

    public double? Longitude { get; private set; }

    public IReadOnlyList<InfractionCategory> Categories => categories;

    public int FeedIntervalMinutes { get; private set; }

    public bool Active { get; private set; }

    public DateTimeOffset RegisteredAt { get; private set; }

    /// <summary>When intake last received a finding from this device; null if it never sent one.</summary>
    public DateTimeOffset? LastReceivedAt { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<DeviceCertification> Certifications => certifications;

    public static Result<Device> Register(string municipalityNis, string identifier, DeviceDetails details, DateTimeOffset now)
    {
        var device = new Device
        {
            Id = Guid.NewGuid(),
            MunicipalityNis = municipalityNis,
            Identifier = identifier.Trim(),
            RegisteredAt = now,
            Version = 1,
        };
        var applied = device.Apply(details);
        return applied.IsFailure ? Result<Device>.Failure(applied.Errors) : device;
    }

    public Result Change(DeviceDetails details)
    {
        var applied = Apply(details);
        if (applied.IsSuccess)
        {
            Version++;
        }

        return applied;
    }

    /// <summary>Adds the next certification; certifications follow each other and never overlap.</summary>
    public Result Certify(DeviceCertification certification)
    {
        if (certification.ValidUntil < certification.ValidFrom)
        {
            return DeviceErrors.CertificationPeriodInvalid;
        }

        if (certifications.Any(certification.Overlaps))
        {
            return DeviceErrors.CertificationOverlap;
        }

        certifications.Add(certification with { Reference = certification.Reference.Trim() });
        Version++;
        return Result.Success();
    }

    /// <summary>
    /// Whether this device may have recorded a finding of <paramref name="category"/> on <paramref name="factsDate"/>: active,
    /// registered for the category (which the law allows devices), certified that day. Answers the evidence to keep on the case.
    /// </summary>
    public Result<DeviceEvidence> Attest(InfractionCategory category, DateOnly factsDate)
    {
        if (!AutomaticDevices.MayFind(category))
        {
            return DeviceErrors.CategoryNotForDevices(category);
        }

        if (!Active)
        {
            return DeviceErrors.Retired;
        }

        if (!categories.Contains(category))
        {
            return DeviceErrors.CategoryNotRegistered(category);
        }

        return certifications.FirstOrDefault(c => c.Covers(factsDate)) is { } valid
            ? new DeviceEvidence(Id, Identifier, Type, valid.Reference, valid.ValidFrom, valid.ValidUntil)
            : DeviceErrors.NotCertified(factsDate);
    }

    /// <summary>
    /// Feed monitoring: an active device is silent when its last finding (or its registration, if it never sent one) is
    /// more than its expected interval ago. Exactly the interval is still in time: a camera sending every hour on the hour is fine.
    /// </summary>
    public bool IsSilent(DateTimeOffset now) =>
        Active && now - (LastReceivedAt ?? RegisteredAt) > TimeSpan.FromMinutes(FeedIntervalMinutes);

    private Result Apply(DeviceDetails details)
    {
        if (details.Categories.Count == 0 || !details.Categories.All(AutomaticDevices.MayFind))
        {
            return DeviceErrors.CategoriesRequired;
        }

        Type = details.Type;
        Location = details.Location.Trim();
        Latitude = details.Latitude;
        Longitude = details.Longitude;
        categories = [.. details.Categories.Distinct().Order()];
        FeedIntervalMinutes = details.FeedIntervalMinutes;
        Active = details.Active;
        return Result.Success();
    }
}
