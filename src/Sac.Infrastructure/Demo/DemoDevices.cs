using Sac.Domain.Devices;
using Sac.Domain.Municipalities;

namespace Sac.Infrastructure.Demo;

/// <summary>The demo's automatic device: a C3/F103 camera at the entry of Gent's pedestrian zone, certified 2024–2026.</summary>
internal static class DemoDevices
{
    public const string GentNis = "44021";
    public const string GentCamera = "CAM-GENT-001";

    public static DeviceDetails GentCameraDetails { get; } = new(
        DeviceType.FixedCamera, "Korenmarkt, ingang voetgangerszone", 51.0548, 3.7216, [InfractionCategory.CameraC3F103], FeedIntervalMinutes: 24 * 60, Active: true);

    public static DeviceCertification GentCameraCertification { get; } = new("DEMO-CERT-2024-001", new(2024, 1, 1), new(2026, 12, 31));
}
