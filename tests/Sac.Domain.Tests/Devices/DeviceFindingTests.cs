using Sac.Domain.Cases;
using Sac.Domain.Devices;
using Sac.Domain.Municipalities;
using Sac.Domain.Tests.TestData;

namespace Sac.Domain.Tests.Devices;

/// <summary>A device's finding keeps its evidence, and waits for an official's validation before the notice (gas-law.md §7).</summary>
public sealed class DeviceFindingTests
{
    private static readonly DateTimeOffset Now = Build.Instant("2025-03-10T10:00:00+01:00");

    private static readonly DeviceEvidence Evidence =
        new(Guid.NewGuid(), "CAM-GENT-001", DeviceType.FixedCamera, "CERT-2025", Build.Date("2025-01-01"), Build.Date("2025-12-31"));

    private static CaseIntake Intake(InfractionCategory category, DeviceEvidence? device) =>
        Build.Intake("2025-03-01T22:15:00+01:00", offender: Build.Vehicle(), infraction: Build.TrafficInfraction(category, "C3-CAMERA")) with { Device = device };

    [Fact]
    public void A_C3_F103_finding_without_a_device_is_refused()
    {
        var opened = Case.Open(Intake(InfractionCategory.CameraC3F103, null), "44021-2025-000001", Now, "finder@demo.sac");

        Assert.Equal("DEVICE_REQUIRED", opened.FirstError.Code);
    }

    [Fact]
    public void An_F111_finding_may_come_from_a_finder_and_needs_no_validation()
    {
        var opened = Case.Open(Intake(InfractionCategory.CycleZoneF111, null), "44021-2025-000001", Now, "finder@demo.sac").Value;

        Assert.False(opened.AwaitsValidation);
        Assert.Equal("NOT_A_DEVICE_FINDING", opened.ValidateFinding(Now, "official@demo.sac").FirstError.Code);
    }

    [Fact]
    public void No_notice_before_the_validation_then_the_notice_may_follow()
    {
        var @case = Case.Open(Intake(InfractionCategory.CameraC3F103, Evidence), "44021-2025-000001", Now, "camera").Value;
        Assert.Equal(Evidence, @case.Device);

        var refused = @case.SendNotice(Build.Date("2025-03-10"), NotificationChannel.RegisteredMail, [], Now, "official@demo.sac");
        Assert.Equal(("FINDING_NOT_VALIDATED", CaseStatus.Registered, 1), (refused.FirstError.Code, @case.Status, @case.Version));

        Assert.True(@case.ValidateFinding(Now, "official@demo.sac").IsSuccess);
        Assert.Equal(new FindingValidation(Now, "official@demo.sac"), @case.Validation);
        Assert.Equal((CaseEvent.FindingValidated, 2), (@case.Timeline[^1].Type, @case.Version));
        Assert.Equal("ALREADY_DONE", @case.ValidateFinding(Now, "official@demo.sac").FirstError.Code);

        Assert.True(@case.SendNotice(Build.Date("2025-03-10"), NotificationChannel.RegisteredMail, [], Now, "official@demo.sac").IsSuccess);
    }
}
