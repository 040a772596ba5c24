using System.Net;
using System.Text.Json.Nodes;
using Sac.Testing;
using Sac.Web.Tests.Browser;
using Sac.Web.Tests.Support;

namespace Sac.Web.Tests.Devices;

/// <summary>The browser side: the administrator's device register, the official's validation queue and dashboard alerts.</summary>
public sealed class DevicePagesTests(SacAppFactory app) : IClassFixture<SacAppFactory>
{
    private const string Admin = "admin@demo.sac";
    private const string AdminPassword = "Demo-Admin-2025!";

    [Fact]
    public async Task An_administrator_registers_and_certifies_a_device_in_the_browser()
    {
        var admin = await BrowserSession.SignedInAsync(app, Admin, AdminPassword);
        var identifier = $"CAM-B-{Guid.NewGuid():N}"[..18];

        using var registered = await admin.PostFormAsync("/Devices/New", "/Devices/New", new()
        {
            ["Municipality"] = "44021", ["Identifier"] = identifier, ["Type"] = "MobileCamera", ["Location"] = "Overpoortstraat",
            ["Categories"] = "CycleZoneF111", ["FeedIntervalMinutes"] = "30", ["Active"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        var page = registered.Headers.Location!.OriginalString;

        using var certified = await admin.PostFormAsync(page, page + "/Certifications", new()
        {
            ["Certification.Reference"] = "CERT-B", ["Certification.ValidFrom"] = "2025-01-01", ["Certification.ValidUntil"] = "2025-12-31", ["Certification.Version"] = "1",
        });
        Assert.Equal(HttpStatusCode.Redirect, certified.StatusCode);
        var details = await admin.GetPageAsync(page);
        Assert.Contains("data-reference=\"CERT-B\"", details, StringComparison.Ordinal);

        using var overlap = await admin.PostFormAsync(page, page + "/Certifications", new()
        {
            ["Certification.Reference"] = "CERT-C", ["Certification.ValidFrom"] = "2025-06-01", ["Certification.ValidUntil"] = "2026-05-31", ["Certification.Version"] = "2",
        });
        Assert.Equal((HttpStatusCode)422, overlap.StatusCode);
        Assert.Contains("Deze certificering overlapt", WebUtility.HtmlDecode(await overlap.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var list = await admin.GetPageAsync("/Devices");
        Assert.Contains($"data-device=\"{identifier}\"", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_official_sees_the_finding_in_the_queue_and_on_the_dashboard_and_validates_it()
    {
        using (var admin = app.CreateApiClient(DemoTokens.Admin))
        {
            using var defined = await admin.PutJsonAsync(MunicipalityRequests.Infraction("44021", DeviceRequests.C3Code), DeviceRequests.C3Infraction());
            await defined.AssertStatusAsync(HttpStatusCode.OK);
        }

        using var finder = app.CreateApiClient(DemoTokens.Finder);
        var finding = DeviceRequests.CameraFinding(DeviceRequests.C3Code, "2025-03-03T08:00:00+01:00", DeviceRequests.DemoCamera);
        finding["photos"] = new JsonArray(FindingRequests.Photo("c3.png", "image/png", SampleFiles.Png()));
        var caseId = (await finder.RecordAsync(finding)).Id();
        var official = await BrowserSession.SignedInAsync(app, CaseSteps.Official, CaseSteps.OfficialPassword);

        var queue = await official.GetPageAsync("/Validations?municipality=44021");
        Assert.Matches($"data-case=\"{caseId}\"[\\s\\S]*?data-photo=", queue);
        var dashboard = await official.GetPageAsync("/Dashboard");
        Assert.Matches("<a (?=[^>]*data-queue=\"AwaitingValidation\")(?=[^>]*href=\"/Validations\\?municipality=44021\")[^>]*>[1-9]", dashboard);

        using var validated = await official.PostFormAsync("/Validations", "/Validations", new() { ["selected"] = caseId, ["municipality"] = "44021" });
        Assert.Equal(HttpStatusCode.Redirect, validated.StatusCode);
        var casePage = WebUtility.HtmlDecode(await official.GetPageAsync($"/Cases/Details/{caseId}"));
        Assert.Contains("id=\"finding-validated\"", casePage, StringComparison.Ordinal);
        Assert.Contains("Gevalideerd door official@demo.sac", casePage, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-case=\"{caseId}\"", await official.GetPageAsync("/Validations?municipality=44021"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rejecting_a_finding_closes_its_case_with_the_officials_reason()
    {
        using (var admin = app.CreateApiClient(DemoTokens.Admin))
        {
            using var defined = await admin.PutJsonAsync(MunicipalityRequests.Infraction("44021", DeviceRequests.C3Code), DeviceRequests.C3Infraction());
            await defined.AssertStatusAsync(HttpStatusCode.OK);
        }

        using var finder = app.CreateApiClient(DemoTokens.Finder);
        var recorded = await finder.RecordAsync(DeviceRequests.CameraFinding(DeviceRequests.C3Code, "2025-03-04T08:00:00+01:00", DeviceRequests.DemoCamera));
        var official = await BrowserSession.SignedInAsync(app, CaseSteps.Official, CaseSteps.OfficialPassword);

        using var rejected = await official.PostFormAsync(
            "/Validations", $"/Validations/{recorded.Id()}/Reject", new() { ["note"] = "Ambulance op interventie", ["number"] = recorded["number"]!.GetValue<string>() });

        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);
        using var api = app.CreateApiClient(DemoTokens.Official);
        var closed = await api.GetOkJsonAsync($"/api/v1/cases/{recorded.Id()}");
        Assert.Equal(("Closed", "NotSanctionable"), (closed["status"]!.GetValue<string>(), closed["closeReason"]!.GetValue<string>()));
        Assert.Equal("NotSanctionable: Ambulance op interventie", closed["timeline"]!.AsArray()[^1]!["detail"]!.GetValue<string>());
        Assert.DoesNotContain($"data-case=\"{recorded.Id()}\"", await official.GetPageAsync("/Validations?municipality=44021"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_dashboard_warns_of_a_device_whose_feed_is_late()
    {
        var later = app.At(SacAppFactory.DefaultNow.AddDays(1).AddMinutes(1));
        var official = await BrowserSession.SignedInAsync(later, CaseSteps.Official, CaseSteps.OfficialPassword);

        var dashboard = await official.GetPageAsync("/Dashboard");

        Assert.Contains("data-silent-device=\"CAM-GENT-001\"", dashboard, StringComparison.Ordinal);
    }
}
