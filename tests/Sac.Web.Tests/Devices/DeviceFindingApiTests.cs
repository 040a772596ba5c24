using System.Net;
using System.Text.Json.Nodes;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Sac.Application.Cases.Identify;
using Sac.Testing;
using Sac.Web.Tests.Support;

namespace Sac.Web.Tests.Devices;

/// <summary>
/// Findings of automatic devices through POST /api/v1/findings (gas-law.md §2.3, §7): the device must be registered, active,
/// certified on the facts date and allowed the category; the case keeps the evidence and waits for an official's validation.
/// </summary>
public sealed class DeviceFindingApiTests : IClassFixture<SacAppFactory>, IAsyncLifetime
{
    private readonly SacAppFactory app;
    private readonly HttpClient admin;
    private readonly HttpClient finder;
    private readonly HttpClient official;

    public DeviceFindingApiTests(SacAppFactory app)
    {
        this.app = app;
        admin = app.CreateApiClient(DemoTokens.Admin);
        finder = app.CreateApiClient(DemoTokens.Finder);
        official = app.CreateApiClient(DemoTokens.Official);
    }

    public async Task InitializeAsync()
    {
        using var defined = await admin.PutJsonAsync(MunicipalityRequests.Infraction("44021", DeviceRequests.C3Code), DeviceRequests.C3Infraction());
        await defined.AssertStatusAsync(HttpStatusCode.OK);
    }

    public Task DisposeAsync()
    {
        admin.Dispose();
        finder.Dispose();
        official.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_camera_finding_keeps_the_device_and_its_certification_and_waits_for_validation_before_the_notice()
    {
        using var recorded = await finder.PostJsonAsync(FindingRequests.Path, DeviceRequests.CameraFinding(DeviceRequests.C3Code, "2025-03-01T22:15:00+01:00", DeviceRequests.DemoCamera));
        await recorded.AssertStatusAsync(HttpStatusCode.Created);
        var created = await recorded.ReadJsonAsync();
        var caseId = created.Id();
        Assert.Equal(("CAM-GENT-001", "DEMO-CERT-2024-001", "2024-01-01", "2026-12-31"), (
            created["device"]!["identifier"]!.GetValue<string>(), created["device"]!["certificateReference"]!.GetValue<string>(),
            created["device"]!["certifiedFrom"]!.GetValue<string>(), created["device"]!["certifiedUntil"]!.GetValue<string>()));
        Assert.Null(created["validation"]);

        // The holder on the facts date (1 March), not today's (the plate changed holder on 5 March).
        using var identified = await official.PostJsonAsync($"/api/v1/cases/{caseId}/identifications", new JsonObject { ["fromVehicleHolder"] = true });
        Assert.Equal("Dupont", (await identified.ReadJsonAsync())["offender"]!["lastName"]!.GetValue<string>());

        using var noticeFirst = await official.PostJsonAsync($"/api/v1/cases/{caseId}/notices", new JsonObject { ["sentAt"] = "2025-03-10", ["channel"] = "RegisteredMail" });
        await ProblemAssert.WithCodeAsync(noticeFirst, (HttpStatusCode)422, "FINDING_NOT_VALIDATED");
        using var letterFirst = await official.PostJsonAsync($"/api/v1/cases/{caseId}/letters", new JsonObject { ["kind"] = "Notice" });
        await ProblemAssert.WithCodeAsync(letterFirst, (HttpStatusCode)422, "FINDING_NOT_VALIDATED");

        using var validated = await official.PostJsonAsync($"/api/v1/cases/{caseId}/validations", new JsonObject { ["version"] = 2 });
        await validated.AssertStatusAsync(HttpStatusCode.OK);
        var validation = (await validated.ReadJsonAsync())["validation"]!;
        Assert.Equal(("official@demo.sac", SacAppFactory.DefaultNow), (validation["by"]!.GetValue<string>(), validation["at"]!.GetValue<DateTimeOffset>()));

        using var again = await official.PostJsonAsync($"/api/v1/cases/{caseId}/validations", new JsonObject());
        await ProblemAssert.WithCodeAsync(again, (HttpStatusCode)422, "ALREADY_DONE");
        using var notice = await official.PostJsonAsync($"/api/v1/cases/{caseId}/notices", new JsonObject { ["sentAt"] = "2025-03-10", ["channel"] = "RegisteredMail" });
        await notice.AssertStatusAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_validation_queue_lists_device_findings_until_they_are_validated()
    {
        var caseId = (await finder.RecordAsync(DeviceRequests.CameraFinding(DeviceRequests.C3Code, "2025-03-02T10:00:00+01:00", DeviceRequests.DemoCamera))).Id();

        var queue = await official.GetOkJsonAsync("/api/v1/validations?municipality=44021&pageSize=200");
        Assert.Contains(queue["items"]!.AsArray(), i => i!["caseId"]!.GetValue<string>() == caseId && i["deviceIdentifier"]!.GetValue<string>() == "CAM-GENT-001");

        using var outsider = app.CreateApiClient(DemoTokens.Outsider);
        using var refused = await outsider.PostJsonAsync($"/api/v1/cases/{caseId}/validations", new JsonObject());
        await refused.AssertStatusAsync(HttpStatusCode.Forbidden);
        Assert.Empty((await outsider.GetOkJsonAsync("/api/v1/validations"))["items"]!.AsArray());

        using var validated = await official.PostJsonAsync($"/api/v1/cases/{caseId}/validations", new JsonObject());
        await validated.AssertStatusAsync(HttpStatusCode.OK);
        queue = await official.GetOkJsonAsync("/api/v1/validations?municipality=44021&pageSize=200");
        Assert.DoesNotContain(queue["items"]!.AsArray(), i => i!["caseId"]!.GetValue<string>() == caseId);
    }

    [Fact]
    public async Task C3_without_a_device_parking_by_camera_and_unknown_devices_are_refused()
    {
        using var withoutDevice = await finder.PostJsonAsync(FindingRequests.Path, DeviceRequests.CameraFinding(DeviceRequests.C3Code, "2025-03-01T22:15:00+01:00", null));
        await ProblemAssert.WithCodeAsync(withoutDevice, (HttpStatusCode)422, "DEVICE_REQUIRED");

        using var parking = await finder.PostJsonAsync(FindingRequests.Path, DeviceRequests.CameraFinding("PARK-PROHIBITED", "2025-03-01T22:15:00+01:00", DeviceRequests.DemoCamera));
        await ProblemAssert.WithCodeAsync(parking, (HttpStatusCode)422, "CATEGORY_NOT_FOR_DEVICES");

        using var unknown = await finder.PostJsonAsync(FindingRequests.Path, DeviceRequests.CameraFinding(DeviceRequests.C3Code, "2025-03-01T22:15:00+01:00", "CAM-NOWHERE"));
        await ProblemAssert.ValidationAsync(unknown, "device.id");

        // Registered in Gent only: a Brussels finding cannot name it.
        var brussels = DeviceRequests.CameraFinding(DeviceRequests.C3Code, "2025-03-01T22:15:00+01:00", DeviceRequests.DemoCamera);
        brussels["municipality"] = "21004";
        using var elsewhere = await finder.PostJsonAsync(FindingRequests.Path, brussels);
        Assert.Equal(HttpStatusCode.BadRequest, elsewhere.StatusCode);
    }

    [Theory]
    [InlineData("2025-03-01T23:59:00+01:00", HttpStatusCode.UnprocessableEntity)]
    [InlineData("2025-03-02T00:00:00+01:00", HttpStatusCode.Created)]
    [InlineData("2025-03-05T12:00:00+01:00", HttpStatusCode.Created)]
    [InlineData("2025-03-06T08:00:00+01:00", HttpStatusCode.UnprocessableEntity)]
    public async Task The_certification_must_be_valid_on_the_facts_date(string factsAt, HttpStatusCode expected)
    {
        var identifier = $"CAM-{Guid.NewGuid():N}"[..20];
        var id = await RegisterAsync(identifier, 60);
        using var certified = await admin.PostJsonAsync($"/api/v1/devices/{id}/certifications", DeviceRequests.Certification("CERT-X", "2025-03-02", "2025-03-05"));
        await certified.AssertStatusAsync(HttpStatusCode.OK);

        using var recorded = await finder.PostJsonAsync(FindingRequests.Path, DeviceRequests.CameraFinding(DeviceRequests.C3Code, factsAt, identifier));

        Assert.Equal(expected, recorded.StatusCode);
        if (expected != HttpStatusCode.Created)
        {
            await ProblemAssert.WithCodeAsync(recorded, expected, "DEVICE_NOT_CERTIFIED");
        }
    }

    [Fact]
    public async Task A_retired_device_records_nothing_and_a_stale_edit_is_refused()
    {
        var identifier = $"CAM-{Guid.NewGuid():N}"[..20];
        var id = await RegisterAsync(identifier, 60);
        using var certified = await admin.PostJsonAsync($"/api/v1/devices/{id}/certifications", DeviceRequests.Certification("CERT-Y", "2025-01-01", "2025-12-31"));
        var retire = DeviceRequests.Device("44021", identifier);
        retire["active"] = false;
        retire["version"] = 2;
        using var retired = await admin.PutJsonAsync($"/api/v1/devices/{id}", retire);
        await retired.AssertStatusAsync(HttpStatusCode.OK);
        using var stale = await admin.PutJsonAsync($"/api/v1/devices/{id}", retire);
        await ProblemAssert.WithCodeAsync(stale, HttpStatusCode.Conflict, "DEVICE_STALE_VERSION");

        using var recorded = await finder.PostJsonAsync(FindingRequests.Path, DeviceRequests.CameraFinding(DeviceRequests.C3Code, "2025-03-01T22:15:00+01:00", identifier));
        await ProblemAssert.WithCodeAsync(recorded, (HttpStatusCode)422, "DEVICE_RETIRED");
    }

    [Fact]
    public async Task Identifiers_are_unique_per_municipality_and_devices_stay_in_their_municipalities()
    {
        var identifier = $"CAM-{Guid.NewGuid():N}"[..20];
        await RegisterAsync(identifier, 60);

        using var twice = await admin.PostJsonAsync("/api/v1/devices", DeviceRequests.Device("44021", identifier));
        await ProblemAssert.WithCodeAsync(twice, HttpStatusCode.Conflict, "DEVICE_IDENTIFIER_TAKEN");
        using var inBrussels = await admin.PostJsonAsync("/api/v1/devices", DeviceRequests.Device("21004", identifier));
        await inBrussels.AssertStatusAsync(HttpStatusCode.Created);
        using var inAntwerp = await admin.PostJsonAsync("/api/v1/devices", DeviceRequests.Device("11002", identifier));
        await inAntwerp.AssertStatusAsync(HttpStatusCode.Forbidden);
        using var parkingCamera = await admin.PostJsonAsync("/api/v1/devices", DeviceRequests.Device("44021", identifier + "-P", 60, "Parking1"));
        await ProblemAssert.ValidationAsync(parkingCamera, "categories");
    }

    [Fact]
    public async Task Intake_moves_the_last_received_instant_and_the_feed_alert_follows_the_clock()
    {
        var identifier = $"CAM-{Guid.NewGuid():N}"[..20];
        var id = await RegisterAsync(identifier, 60);
        using var certified = await admin.PostJsonAsync($"/api/v1/devices/{id}/certifications", DeviceRequests.Certification("CERT-Z", "2025-01-01", "2025-12-31"));
        await finder.RecordAsync(DeviceRequests.CameraFinding(DeviceRequests.C3Code, "2025-03-10T09:00:00+01:00", identifier));

        var device = await admin.GetOkJsonAsync($"/api/v1/devices/{id}");
        Assert.Equal(SacAppFactory.DefaultNow, device["lastReceivedAt"]!.GetValue<DateTimeOffset>());
        Assert.Equal(2, device["version"]!.GetValue<int>());

        foreach (var (minutes, silent) in new[] { (59, false), (60, false), (61, true) })
        {
            using var later = app.At(SacAppFactory.DefaultNow.AddMinutes(minutes)).CreateClient();
            later.DefaultRequestHeaders.Authorization = new("Bearer", DemoTokens.Admin);
            Assert.Equal(silent, (await later.GetOkJsonAsync($"/api/v1/devices/{id}"))["silent"]!.GetValue<bool>());
        }
    }

    [Fact]
    public async Task The_background_job_asks_the_vehicle_registry_for_the_holder_on_the_facts_date()
    {
        var caseId = (await finder.RecordAsync(DeviceRequests.CameraFinding(DeviceRequests.C3Code, "2025-03-01T22:15:00+01:00", DeviceRequests.DemoCamera))).Id();

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var run = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new IdentifyPendingOffendersCommand(500));
            Assert.True(run.IsSuccess);
        }

        Assert.Equal("Dupont", (await official.GetOkJsonAsync($"/api/v1/cases/{caseId}"))["offender"]!["lastName"]!.GetValue<string>());
    }

    private async Task<string> RegisterAsync(string identifier, int feedIntervalMinutes)
    {
        using var registered = await admin.PostJsonAsync("/api/v1/devices", DeviceRequests.Device("44021", identifier, feedIntervalMinutes));
        await registered.AssertStatusAsync(HttpStatusCode.Created);
        return (await registered.ReadJsonAsync())["id"]!.GetValue<string>();
    }
}
