using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Sac.Application.Common;
using Sac.Domain.Audit;
using Sac.Testing;
using Sac.Web.Tests.Browser;
using Sac.Web.Tests.Support;

namespace Sac.Web.Tests.Registries;

/// <summary>
/// The finder's form looks up the offender through the page's own actions (cookie, antiforgery token), with the finding's
/// externalId as reference; the answer fills the form, and the finding keeps the register's address and the holder's plate.
/// </summary>
public sealed partial class FindingLookupTests(SacAppFactory app) : IClassFixture<SacAppFactory>
{
    private const string Form = "/Findings/New";

    [Fact]
    public async Task The_form_offers_the_look_up_buttons_with_their_addresses_and_no_inline_script()
    {
        var finder = await SignedInFinderAsync();

        var page = await finder.GetPageAsync(Form);

        Assert.Contains("id=\"lookup-person\"", page, StringComparison.Ordinal);
        Assert.Contains("data-url=\"/Findings/Lookups/Person\"", page, StringComparison.Ordinal);
        Assert.Contains("data-url=\"/Findings/Lookups/Vehicle\"", page, StringComparison.Ordinal);
        Assert.DoesNotMatch("<script>(?!</script>)", page);
    }

    [Fact]
    public async Task A_person_is_looked_up_for_the_finding_being_recorded_and_logged_under_its_externalId()
    {
        var finder = await SignedInFinderAsync();
        var externalId = Guid.NewGuid().ToString();

        JsonNode found = null!;
        var lines = await RegistryLog.WrittenByAsync(app, async () =>
        {
            using var response = await finder.PostFormAsync(Form, "/Findings/Lookups/Person", new() { ["nationalRegisterNumber"] = "88022999990", ["reference"] = externalId });
            await response.AssertStatusAsync(HttpStatusCode.OK);
            found = await response.ReadJsonAsync();
        });

        Assert.Equal(("Person", "Peeters", "Jan", "1988-02-29", "nl"), (Text(found, "offenderType"), Text(found, "lastName"), Text(found, "firstName"), Text(found, "birthDate"), Text(found, "language")));
        Assert.Equal("Veldstraat", found["address"]!["street"]!.GetValue<string>());
        Assert.Null(found["holderPlate"]);
        var line = Assert.Single(lines);
        Assert.Equal((externalId, RegistryPurpose.IdentifyOffender, Roles.Finder), (line.Reference, line.Purpose, line.Role));
    }

    [Fact]
    public async Task A_deceased_person_comes_with_a_warning()
    {
        var finder = await SignedInFinderAsync();

        using var response = await finder.PostFormAsync(Form, "/Findings/Lookups/Person", new() { ["nationalRegisterNumber"] = "41070803553", ["reference"] = Guid.NewGuid().ToString() });

        Assert.Equal("Overleden volgens het Rijksregister.", (await response.ReadJsonAsync())["warning"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_holder_on_the_date_of_the_facts_fills_the_person_and_keeps_the_plate()
    {
        var finder = await SignedInFinderAsync();

        using var response = await finder.PostFormAsync(Form, "/Findings/Lookups/Vehicle", new()
        {
            ["plate"] = "1-gnt-482", ["at"] = "2025-03-05", ["reference"] = Guid.NewGuid().ToString(),
        });

        await response.AssertStatusAsync(HttpStatusCode.OK);
        var found = await response.ReadJsonAsync();
        Assert.Equal(("Person", "Maes", "75120131850", "1GNT482"), (Text(found, "offenderType"), Text(found, "lastName"), Text(found, "nationalRegisterNumber"), Text(found, "holderPlate")));
        Assert.StartsWith("Houder van 1-GNT-482 op 05/03/2025:", Text(found, "summary"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_company_car_fills_the_company()
    {
        var finder = await SignedInFinderAsync();

        using var response = await finder.PostFormAsync(Form, "/Findings/Lookups/Vehicle", new() { ["plate"] = "1LGE730", ["at"] = "2025-03-01", ["reference"] = "x-1" });

        var found = await response.ReadJsonAsync();
        Assert.Equal(("Company", "0831797467", "Transports Mosans SA", "fr"), (Text(found, "offenderType"), Text(found, "enterpriseNumber"), Text(found, "companyName"), Text(found, "language")));
    }

    [Theory]
    [InlineData("nl-BE", "/Findings/Lookups/Person", "nationalRegisterNumber", "85061515558", HttpStatusCode.NotFound, "Het Rijksregister kent geen persoon met dit nummer.")]
    [InlineData("fr-BE", "/Findings/Lookups/Person", "nationalRegisterNumber", "88022999991", HttpStatusCode.BadRequest, "Les chiffres de contrôle du numéro de registre national sont erronés.")]
    [InlineData("fr-BE", "/Findings/Lookups/Vehicle", "plate", "1ERR503", HttpStatusCode.ServiceUnavailable, "Le registre est injoignable pour le moment.")]
    public async Task A_refusal_carries_a_clear_message_in_the_users_language(string culture, string action, string field, string value, HttpStatusCode status, string message)
    {
        var finder = await BrowserSession.SignedInAsync(app, "finder@demo.sac", "Demo-Finder-2025!", culture);

        using var response = await finder.PostFormAsync(Form, action, new() { [field] = value, ["at"] = "2025-03-01", ["reference"] = Guid.NewGuid().ToString() });

        Assert.Equal(status, response.StatusCode);
        Assert.StartsWith(message, Text(await response.ReadJsonAsync(), "message"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_the_antiforgery_token_nothing_is_looked_up()
    {
        var finder = await SignedInFinderAsync();

        var lines = await RegistryLog.WrittenByAsync(app, async () =>
        {
            using var response = await finder.PostFormAsync(Form, "/Findings/Lookups/Person", new() { ["nationalRegisterNumber"] = "88022999990", ["reference"] = "x" }, withToken: false);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        });

        Assert.Empty(lines);
    }

    [Fact]
    public async Task An_official_without_the_finder_role_is_refused()
    {
        var official = await BrowserSession.SignedInAsync(app, CaseSteps.Official, CaseSteps.OfficialPassword);

        using var response = await official.PostFormAsync("/Cases", "/Findings/Lookups/Person", new() { ["nationalRegisterNumber"] = "88022999990", ["reference"] = "x" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_finding_recorded_after_a_vehicle_lookup_keeps_the_holder_with_the_registers_address_and_the_plate()
    {
        var finder = await SignedInFinderAsync();

        var posted = await finder.PostFormAsync(Form, new Dictionary<string, string>
        {
            ["ExternalId"] = Guid.NewGuid().ToString(),
            ["Municipality"] = "44021",
            ["InfractionCode"] = "PARK-PROHIBITED",
            ["FactsAt"] = "2025-03-09T21:30",
            ["Street"] = "Korenmarkt",
            ["PostalCode"] = "9000",
            ["OffenderType"] = "Person",
            ["NationalRegisterNumber"] = "75120131850",
            ["LastName"] = "Maes",
            ["FirstName"] = "Sofie",
            ["BirthDate"] = "1975-12-01",
            ["Language"] = "nl",
            ["OffenderStreet"] = "Groenplaats",
            ["OffenderHouseNumber"] = "7",
            ["OffenderPostalCode"] = "2000",
            ["OffenderCity"] = "Antwerpen",
            ["OffenderCountry"] = "BE",
            ["HolderPlate"] = "1GNT482",
            ["Plate"] = "1-GNT-482",
            ["Country"] = "BE",
        });

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var caseId = CaseId().Match(posted.Headers.Location!.OriginalString).Groups[1].Value;
        using var official = app.CreateApiClient(DemoTokens.Official);
        var offender = (await official.GetOkJsonAsync($"/api/v1/cases/{caseId}"))["offender"]!;
        Assert.Equal(("Person", "1GNT482", "BE"), (Text(offender, "type"), Text(offender, "plate"), Text(offender, "country")));
        Assert.Equal("Antwerpen", offender["address"]!["city"]!.GetValue<string>());
    }

    private Task<BrowserSession> SignedInFinderAsync() => BrowserSession.SignedInAsync(app, "finder@demo.sac", "Demo-Finder-2025!");

    private static string Text(JsonNode node, string name) => node[name]!.GetValue<string>();

    [GeneratedRegex("([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})")]
    private static partial Regex CaseId();
}
