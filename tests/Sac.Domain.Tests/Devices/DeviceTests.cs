using Sac.Domain.Devices;
using Sac.Domain.Municipalities;
using Sac.Domain.Tests.TestData;

namespace Sac.Domain.Tests.Devices;

/// <summary>gas-law.md §2.3, §7: what an automatic device may find, and on which days its certification lets it.</summary>
public sealed class DeviceTests
{
    private static readonly DateTimeOffset RegisteredAt = Build.Instant("2025-01-01T08:00:00+01:00");

    private static DeviceDetails Details(bool active = true, int feedIntervalMinutes = 60, params InfractionCategory[] categories) =>
        new(DeviceType.FixedCamera, "Korenmarkt", 51.05, 3.72, categories.Length == 0 ? [InfractionCategory.CameraC3F103] : categories, feedIntervalMinutes, active);

    private static Device Certified(bool active = true, int feedIntervalMinutes = 60)
    {
        var device = Device.Register(Build.Gent, " CAM-GENT-001 ", Details(active, feedIntervalMinutes), RegisteredAt).Value;
        Assert.True(device.Certify(new DeviceCertification("CERT-2024", Build.Date("2024-01-01"), Build.Date("2024-12-31"))).IsSuccess);
        Assert.True(device.Certify(new DeviceCertification("CERT-2025", Build.Date("2025-01-01"), Build.Date("2025-06-30"))).IsSuccess);
        return device;
    }

    [Theory]
    [InlineData("2023-12-31", null)]
    [InlineData("2024-01-01", "CERT-2024")]
    [InlineData("2024-12-31", "CERT-2024")]
    [InlineData("2025-01-01", "CERT-2025")]
    [InlineData("2025-06-30", "CERT-2025")]
    [InlineData("2025-07-01", null)]
    public void A_finding_is_judged_by_the_certification_valid_on_its_facts_date(string factsDate, string? certificate)
    {
        var attested = Certified().Attest(InfractionCategory.CameraC3F103, Build.Date(factsDate));

        if (certificate is null)
        {
            Assert.Equal("DEVICE_NOT_CERTIFIED", attested.FirstError.Code);
        }
        else
        {
            Assert.Equal(certificate, attested.Value.CertificateReference);
            Assert.Equal("CAM-GENT-001", attested.Value.Identifier);
        }
    }

    [Theory]
    [InlineData(InfractionCategory.Parking1)]
    [InlineData(InfractionCategory.Parking2)]
    [InlineData(InfractionCategory.PureAdministrative)]
    [InlineData(InfractionCategory.MixedLight)]
    public void The_law_lets_devices_find_C3_F103_and_F111_only(InfractionCategory category)
    {
        Assert.Equal("CATEGORY_NOT_FOR_DEVICES", Certified().Attest(category, Build.Date("2025-03-01")).FirstError.Code);
        Assert.Equal("DEVICE_CATEGORIES_REQUIRED", Device.Register(Build.Gent, "CAM-1", Details(categories: category), RegisteredAt).FirstError.Code);
    }

    [Fact]
    public void A_device_finds_only_the_categories_it_is_registered_for()
    {
        Assert.Equal("DEVICE_CATEGORY_NOT_REGISTERED", Certified().Attest(InfractionCategory.CycleZoneF111, Build.Date("2025-03-01")).FirstError.Code);
    }

    [Fact]
    public void A_retired_device_finds_nothing_and_raises_no_alert()
    {
        var device = Certified(active: false);

        Assert.Equal("DEVICE_RETIRED", device.Attest(InfractionCategory.CameraC3F103, Build.Date("2025-03-01")).FirstError.Code);
        Assert.False(device.IsSilent(RegisteredAt.AddDays(30)));
    }

    [Theory]
    [InlineData("2024-12-31", "2025-01-10")]
    [InlineData("2025-06-30", "2025-12-31")]
    [InlineData("2023-06-01", "2024-01-01")]
    public void Certifications_never_overlap(string from, string until)
    {
        var device = Certified();
        var version = device.Version;

        Assert.Equal("CERTIFICATION_OVERLAP", device.Certify(new DeviceCertification("X", Build.Date(from), Build.Date(until))).FirstError.Code);
        Assert.Equal(version, device.Version);
    }

    [Fact]
    public void The_next_certification_may_start_the_day_after_the_last_one_ends_and_bumps_the_version()
    {
        var device = Certified();
        var version = device.Version;

        Assert.True(device.Certify(new DeviceCertification("CERT-2025B", Build.Date("2025-07-01"), Build.Date("2025-07-01"))).IsSuccess);
        Assert.Equal(version + 1, device.Version);
        Assert.Equal("CERTIFICATION_PERIOD_INVALID",
            device.Certify(new DeviceCertification("Y", Build.Date("2026-01-02"), Build.Date("2026-01-01"))).FirstError.Code);
    }

    [Theory]
    [InlineData(59, false)]
    [InlineData(60, false)]
    [InlineData(61, true)]
    public void A_device_is_silent_once_its_registration_is_longer_ago_than_its_interval(int minutes, bool silent)
    {
        Assert.Equal(silent, Certified(feedIntervalMinutes: 60).IsSilent(RegisteredAt.AddMinutes(minutes)));
    }

    [Fact]
    public void Changing_a_device_bumps_its_version_and_keeps_its_identity()
    {
        var device = Certified();
        var version = device.Version;

        Assert.True(device.Change(Details(active: true, 120, InfractionCategory.CameraC3F103, InfractionCategory.CycleZoneF111)).IsSuccess);

        Assert.Equal((version + 1, 120, "CAM-GENT-001"), (device.Version, device.FeedIntervalMinutes, device.Identifier));
        Assert.Equal([InfractionCategory.CameraC3F103, InfractionCategory.CycleZoneF111], device.Categories);
    }
}
