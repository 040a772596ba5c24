using System.Net;
using System.Text.RegularExpressions;
using Sac.Domain.Audit;
using Sac.Testing;
using Sac.Web.Tests.Browser;
using Sac.Web.Tests.Support;

namespace Sac.Web.Tests.Registries;

/// <summary>The Identify step on the case page, posted as the official's browser posts it.</summary>
public sealed class IdentifyFormTests(SacAppFactory app) : IClassFixture<SacAppFactory>
{
    private const string HolderOnTheFactsDate = "Forms.Identify.FromVehicleHolder";

    [Fact]
    public async Task A_pending_vehicle_case_offers_to_ask_the_holder_of_its_plate_on_the_date_of_the_facts()
    {
        var caseId = await app.CreateApiClient(DemoTokens.Finder).RecordVehicleFindingAsync();
        var official = await BrowserSession.SignedInAsync(app, CaseSteps.Official, CaseSteps.OfficialPassword);

        var page = WebUtility.HtmlDecode(await official.GetPageAsync(CaseSteps.Page(caseId)));

        Assert.Contains("id=\"step-Identify\"", page, StringComparison.Ordinal);
        Assert.Contains("De houder van 1-GNT-482 op 01/03/2025", page, StringComparison.Ordinal);
        Assert.Matches("id=\"Forms_Identify_FromVehicleHolder-true\"[^>]*checked", page);
    }

    [Fact]
    public async Task Posting_the_holder_identifies_the_offender_and_shows_the_plate_with_the_person()
    {
        var caseId = await app.CreateApiClient(DemoTokens.Finder).RecordVehicleFindingAsync();
        var official = await BrowserSession.SignedInAsync(app, CaseSteps.Official, CaseSteps.OfficialPassword);

        var lines = await RegistryLog.WrittenByAsync(app, async () =>
        {
            var posted = await official.PostStepAsync(caseId, "Identify", new() { [HolderOnTheFactsDate] = "true", ["Forms.Identify.NationalRegisterNumber"] = "" });
            Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        });

        var page = await official.GetPageAsync(CaseSteps.Page(caseId));
        Assert.Contains("Dupont Thomas", page, StringComparison.Ordinal);
        Assert.Matches("id=\"offender-plate\"[^>]*>1-GNT-482", page);
        Assert.Contains("data-event=\"OffenderIdentified\"", page, StringComparison.Ordinal);
        var line = Assert.Single(lines);
        Assert.Equal(("official@demo.sac", caseId, RegistryAccessOutcome.Answered), (line.UserName, line.Reference, line.Outcome));
    }

    [Theory]
    [InlineData("nl-BE", "De controlecijfers van het rijksregisternummer kloppen niet.")]
    [InlineData("fr-BE", "Les chiffres de contrôle du numéro de registre national sont erronés.")]
    public async Task An_invalid_number_is_refused_beside_the_field_in_the_users_language(string culture, string message)
    {
        var caseId = await CaseSteps.LitterAsync(app.CreateApiClient(DemoTokens.Finder));
        var official = await BrowserSession.SignedInAsync(app, CaseSteps.Official, CaseSteps.OfficialPassword, culture);

        var refused = await official.PostStepAsync(caseId, "Identify", new() { [HolderOnTheFactsDate] = "false", ["Forms.Identify.NationalRegisterNumber"] = "88022999991" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Matches($@"field-validation-error[^>]*>\s*{Regex.Escape(message)}", html);
        Assert.Contains("<details class=\"step mb-2\" id=\"step-Identify\" open=\"open\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_demo_registry_outage_shows_the_page_again_with_503_and_says_to_try_later()
    {
        var caseId = await app.CreateApiClient(DemoTokens.Finder).RecordVehicleFindingAsync(plate: "1-ERR-503");
        var official = await BrowserSession.SignedInAsync(app, CaseSteps.Official, CaseSteps.OfficialPassword);

        var refused = await official.PostStepAsync(caseId, "Identify", new() { [HolderOnTheFactsDate] = "true" });

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Contains("Probeer het later opnieuw", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_finder_cannot_post_it()
    {
        var caseId = await app.CreateApiClient(DemoTokens.Finder).RecordVehicleFindingAsync();
        var finder = await BrowserSession.SignedInAsync(app, "finder@demo.sac", "Demo-Finder-2025!");

        var refused = await finder.PostFormAsync("/Findings/New", $"/Cases/{caseId}/Identify", new() { [HolderOnTheFactsDate] = "true", ["version"] = "1" });

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", refused.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
