using System.Net;
using Sac.Testing;
using Sac.Web.Tests.Browser;
using Sac.Web.Tests.Measures;
using Sac.Web.Tests.Support;

namespace Sac.Web.Tests.DataProtection;

/// <summary>The DPO's page in both languages: the number is posted (never in the address), the report comes back, printable.</summary>
public sealed class DataSubjectReportPageTests(SacAppFactory app) : IClassFixture<SacAppFactory>
{
    private const string Auditor = "auditor@demo.sac";
    private const string AuditorPassword = "Demo-Auditor-2025!";

    [Theory]
    [InlineData("nl-BE", "Inzageverslag van een betrokkene", "met de rol Auditor", "Gegevensbescherming")]
    [InlineData("fr-BE", "Rapport d'accès d'une personne concernée", "avec le rôle Auditeur", "Protection des données")]
    public async Task The_page_says_the_DPO_works_with_the_auditor_role(string culture, string title, string role, string nav)
    {
        var auditor = await BrowserSession.SignedInAsync(app, Auditor, AuditorPassword, culture);

        var page = WebUtility.HtmlDecode(await auditor.GetPageAsync("/DataProtection"));

        Assert.Contains(title, page, StringComparison.Ordinal);
        Assert.Contains(role, page, StringComparison.Ordinal);
        Assert.Contains(nav, page, StringComparison.Ordinal);
        Assert.Contains("id=\"subject-form\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_report_lists_the_place_bans_imposed_on_the_person()
    {
        var number = NationalNumbers.Unique(new DateOnly(1975, 1, 30));
        using var admin = app.CreateApiClient(DemoTokens.Admin);
        var body = MeasureRequests.PlaceBan();
        body["person"]!["number"] = number;
        var ban = await admin.CreateAsync("/api/v1/place-bans", body);
        var auditor = await BrowserSession.SignedInAsync(app, Auditor, AuditorPassword);

        using var response = await auditor.PostFormAsync("/DataProtection", new() { ["NationalRegisterNumber"] = number });

        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        var section = page[page.IndexOf("id=\"subject-place-bans\"", StringComparison.Ordinal)..page.IndexOf("id=\"subject-registry-accesses\"", StringComparison.Ordinal)];
        Assert.Contains($"<tr data-measure=\"{ban}\">", section, StringComparison.Ordinal);
        Assert.Contains("Korenmarkt en Graslei", section, StringComparison.Ordinal);
        Assert.Contains("Jan Peeters", section, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nl-BE", "Dossiers (als overtreder)", "Raadplegingen van registers")]
    [InlineData("fr-BE", "Dossiers (en tant que contrevenant)", "Consultations de registres")]
    public async Task The_report_lists_the_persons_cases_with_the_full_number(string culture, string cases, string lookups)
    {
        var number = NationalNumbers.Unique(new DateOnly(1975, 1, 30));
        var recorded = await app.RecordCaseAsync(FindingRequests.Finding("44021", "LITTER", "2025-03-01T22:15:00+01:00", FindingRequests.PersonByNumber(number)));
        var auditor = await BrowserSession.SignedInAsync(app, Auditor, AuditorPassword, culture);

        using var response = await auditor.PostFormAsync("/DataProtection", new() { ["NationalRegisterNumber"] = number });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains(recorded["number"]!.GetValue<string>(), page, StringComparison.Ordinal);
        Assert.Contains($"{number[..2]}.{number[2..4]}.{number[4..6]}-{number[6..9]}.{number[9..]}", page, StringComparison.Ordinal);
        Assert.Contains("Janssens", page, StringComparison.Ordinal);
        Assert.Contains(cases, page, StringComparison.Ordinal);
        Assert.Contains(lookups, page, StringComparison.Ordinal);
        Assert.Contains("id=\"print-report\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_printable_version_is_the_report_alone()
    {
        var number = NationalNumbers.Unique(new DateOnly(1975, 1, 30));
        var recorded = await app.RecordCaseAsync(FindingRequests.Finding("44021", "LITTER", "2025-03-01T22:15:00+01:00", FindingRequests.PersonByNumber(number)));
        var auditor = await BrowserSession.SignedInAsync(app, Auditor, AuditorPassword);

        using var response = await auditor.PostFormAsync("/DataProtection", "/DataProtection/Print", new() { ["NationalRegisterNumber"] = number });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains(recorded["number"]!.GetValue<string>(), page, StringComparison.Ordinal);
        Assert.Contains("id=\"subject-report\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("navbar", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nl-BE", "De controlecijfers van het rijksregisternummer kloppen niet.")]
    [InlineData("fr-BE", "chiffres de contrôle")]
    public async Task A_wrong_number_comes_back_beside_the_field_in_the_users_language(string culture, string message)
    {
        var auditor = await BrowserSession.SignedInAsync(app, Auditor, AuditorPassword, culture);

        using var response = await auditor.PostFormAsync("/DataProtection", new() { ["NationalRegisterNumber"] = "88022999991" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("id=\"error-summary\"", page, StringComparison.Ordinal);
        Assert.Contains(message, page, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_official_cannot_open_the_page()
    {
        var official = await BrowserSession.SignedInAsync(app, "official@demo.sac", "Demo-Official-2025!");

        using var response = await official.GetAsync("/DataProtection");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_finder_sees_the_number_of_the_finding_just_recorded_masked()
    {
        var number = NationalNumbers.Unique(new DateOnly(1975, 1, 30));
        var recorded = await app.RecordCaseAsync(FindingRequests.Finding("44021", "LITTER", "2025-03-01T22:15:00+01:00", FindingRequests.PersonByNumber(number)));
        var finder = await BrowserSession.SignedInAsync(app, "finder@demo.sac", "Demo-Finder-2025!");

        var page = await finder.GetPageAsync($"/Findings/Recorded/{recorded.Id()}");

        Assert.Contains("Janssens", page, StringComparison.Ordinal);
        Assert.DoesNotContain(number, page, StringComparison.Ordinal);
    }
}
