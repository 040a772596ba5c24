using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Sac.Domain.Audit;
using Sac.Testing;
using Sac.Web.Tests.Support;

namespace Sac.Web.Tests.Audit;

/// <summary>
/// GET /api/v1/audit/registry-access (api-v1.md): every lookup with its purpose, to the auditor of the municipality it
/// belongs to: the municipality of the case its reference names, or else those of the user who made it.
/// </summary>
public sealed class RegistryAccessApiTests(SacAppFactory factory) : IClassFixture<SacAppFactory>
{
    [Fact]
    public async Task A_lookup_for_a_case_shows_who_when_what_why_and_what_came_back()
    {
        var gent = await factory.RecordCaseAsync(FindingRequests.Example(FindingRequests.NewExternalId("lookup")));
        await factory.AppendLookupAsync("finder@demo.sac", "88022999990", gent.Id());

        var line = Assert.Single(await LinesAsync($"reference={gent.Id()}"))!;

        Assert.Equal("finder@demo.sac", line["user"]!.GetValue<string>());
        Assert.Equal("Finder", line["role"]!.GetValue<string>());
        Assert.Equal("NationalRegister", line["registry"]!.GetValue<string>());
        Assert.Equal("88022999990", line["subject"]!.GetValue<string>());
        Assert.Equal("IdentifyOffender", line["purpose"]!.GetValue<string>());
        Assert.Equal("Answered", line["outcome"]!.GetValue<string>());
        Assert.Equal(["lastName", "firstNames", "birthDate"], line["fieldsReturned"]!.AsArray().Select(f => f!.GetValue<string>()));
        Assert.Equal(factory.Now, line["at"]!.GetValue<DateTimeOffset>());
    }

    [Fact]
    public async Task A_lookup_for_a_case_of_another_municipality_is_not_shown_even_when_a_colleague_made_it()
    {
        // The admin works for Gent too, but looked up for an Antwerp case: the line is Antwerp's.
        var antwerp = await factory.RecordCaseAsync(
            FindingRequests.Finding("11002", "LITTER", "2025-03-01T22:15:00+01:00", FindingRequests.PersonByName("Janssens", "Piet", "1980-01-01")),
            DemoTokens.Outsider);
        await factory.AppendLookupAsync("admin@demo.sac", "80010100155", antwerp.Id());

        Assert.Empty(await LinesAsync($"reference={antwerp.Id()}"));
    }

    [Fact]
    public async Task A_lookup_for_a_finding_is_the_municipality_of_the_case_it_opened()
    {
        var externalId = FindingRequests.NewExternalId("ext");
        await factory.RecordCaseAsync(FindingRequests.Example(externalId));
        await factory.AppendLookupAsync("outsider@demo.sac", "88022999990", externalId);

        // The outsider works only for Antwerpen, but the finding is Gent's: Gent's auditor sees the lookup.
        Assert.Single(await LinesAsync($"reference={externalId}"));
    }

    [Fact]
    public async Task A_lookup_whose_reference_names_no_case_belongs_to_the_users_municipalities()
    {
        var reference = FindingRequests.NewExternalId("unrecorded");
        await factory.AppendLookupAsync("finder@demo.sac", "1ABC123", reference, registry: RegistryKind.VehicleRegistry);
        await factory.AppendLookupAsync("outsider@demo.sac", "1ABC123", reference, registry: RegistryKind.VehicleRegistry);

        var lines = await LinesAsync($"reference={reference}");

        Assert.Equal(["finder@demo.sac"], lines.Select(l => l!["user"]!.GetValue<string>()));
        Assert.Equal("2025-03-01", lines[0]!["atDate"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_refused_lookup_without_reference_is_shown_by_its_user()
    {
        await factory.AppendLookupAsync("official@demo.sac", "75120512345", string.Empty, RegistryAccessOutcome.Refused);

        var lines = await LinesAsync("subject=75.12.05-123.45&outcome=Refused");

        var line = Assert.Single(lines)!;
        Assert.Equal(string.Empty, line["reference"]!.GetValue<string>());
        Assert.Empty(line["fieldsReturned"]!.AsArray());
    }

    [Fact]
    public async Task Filters_by_plate_outcome_registry_user_day_and_municipality()
    {
        var gent = await factory.RecordCaseAsync(FindingRequests.Example(FindingRequests.NewExternalId("plate")));
        await factory.AppendLookupAsync("finder@demo.sac", "2XYZ987", gent.Id(), RegistryAccessOutcome.NotFound, RegistryKind.VehicleRegistry);

        Assert.Single(await LinesAsync("subject=2-xyz-987"));
        Assert.Single(await LinesAsync("subject=2XYZ987&outcome=NotFound&registry=VehicleRegistry&user=finder@demo.sac&from=2025-03-10&to=2025-03-10"));
        Assert.Single(await LinesAsync("subject=2XYZ987&municipality=44021"));
        Assert.Empty(await LinesAsync("subject=2XYZ987&municipality=21004"));
        Assert.Empty(await LinesAsync("subject=2XYZ987&outcome=Answered"));
        Assert.Empty(await LinesAsync("subject=2XYZ987&registry=NationalRegister"));
        Assert.Empty(await LinesAsync("subject=2XYZ987&user=official@demo.sac"));
        Assert.Empty(await LinesAsync("subject=2XYZ987&from=2025-03-11"));
    }

    [Fact]
    public async Task Csv_export_has_every_line_and_neutralises_formulas()
    {
        var reference = "=HYPERLINK(\"http://example.invalid\")";
        await factory.AppendLookupAsync("finder@demo.sac", "3DEF456", reference, RegistryAccessOutcome.Failed, RegistryKind.VehicleRegistry);
        using var auditor = factory.CreateApiClient(DemoTokens.Auditor);

        using var response = await auditor.GetAsync($"{AuditReading.RegistryAccess}?format=csv&subject=3DEF456");

        await response.AssertStatusAsync(HttpStatusCode.OK);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Tijdstip;Gebruiker;Rol;Register;Opgezocht nummer of nummerplaat;Houder op;Referentie;Doel;Resultaat;Teruggekomen velden", lines[0]);
        Assert.Equal("2025-03-10 10:00:00;finder@demo.sac;Finder;VehicleRegistry;3DEF456;2025-03-01;\"'=HYPERLINK(\"\"http://example.invalid\"\")\";IdentifyOffender;Failed;", lines[1]);
    }

    private async Task<JsonArray> LinesAsync(string query)
    {
        using var auditor = factory.CreateApiClient(DemoTokens.Auditor);
        auditor.DefaultRequestHeaders.AcceptLanguage.ParseAdd("nl-BE");
        var page = await auditor.GetOkJsonAsync($"{AuditReading.RegistryAccess}?{query}&pageSize=200");
        return page["items"]!.AsArray();
    }
}
