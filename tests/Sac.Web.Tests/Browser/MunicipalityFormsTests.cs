using System.Net;
using System.Text.RegularExpressions;
using Sac.Testing;
using Sac.Web.Tests.Support;

namespace Sac.Web.Tests.Browser;

/// <summary>The municipal administrator's letterhead form, and the protocol question of a mixed infraction as the procedure reflects it.</summary>
public sealed class MunicipalityFormsTests(SacAppFactory app) : IClassFixture<SacAppFactory>
{
    private const string Admin = "admin@demo.sac";
    private const string AdminPassword = "Demo-Admin-2025!";

    [Fact]
    public async Task The_letterhead_is_saved_and_shown_on_the_municipality_page()
    {
        var admin = await BrowserSession.SignedInAsync(app, Admin, AdminPassword);

        var saved = await admin.PostFormAsync("/Municipalities/EditLetterhead/21004", Letterhead(iban: "be68539007547034"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = WebUtility.HtmlDecode(await admin.GetPageAsync("/Municipalities/Details/21004"));
        var letterhead = Regex.Match(page, @"id=""letterhead"".*?</section>", RegexOptions.Singleline).Value;
        Assert.Contains("BE68 5390 0754 7034", letterhead, StringComparison.Ordinal);
        Assert.Contains("GKCCBEBB", letterhead, StringComparison.Ordinal);
        Assert.Contains("An De Smet", letterhead, StringComparison.Ordinal);
        Assert.Contains("Frans", letterhead, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nl-BE", "Dit is geen geldig IBAN-nummer.")]
    [InlineData("fr-BE", "Ce numéro IBAN n'est pas valide.")]
    public async Task An_invalid_iban_is_refused_beside_the_field_in_the_users_language(string culture, string message)
    {
        var admin = await BrowserSession.SignedInAsync(app, Admin, AdminPassword, culture);

        var refused = await admin.PostFormAsync("/Municipalities/EditLetterhead/62063", Letterhead(iban: "BE68 5390 0754 7035", official: "Jean Refusé"));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("input-validation-error", Regex.Match(html, @"<input[^>]*id=""Iban""[^>]*>").Value, StringComparison.Ordinal);
        Assert.Matches($@"field-validation-error[^>]*>\s*{Regex.Escape(message)}", html);
        Assert.DoesNotContain("Jean Refusé", WebUtility.HtmlDecode(await admin.GetPageAsync("/Municipalities/Details/62063")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mixed_infraction_the_protocol_waives_goes_straight_to_the_notice_from_the_version_that_says_so()
    {
        var admin = await BrowserSession.SignedInAsync(app, Admin, AdminPassword);
        var finder = app.CreateApiClient(DemoTokens.Finder);
        var before = await finder.RecordAsync(Graffiti("2025-03-01T20:00:00+01:00"));

        var saved = await admin.PostFormAsync("/Municipalities/EditInfraction/44021/GRAFFITI", new()
        {
            ["ValidFrom"] = "2025-03-10",
            ["Category"] = "MixedLight",
            ["Article"] = "art. 30",
            ["TextNl"] = "Graffiti aanbrengen op roerende of onroerende goederen zonder toestemming",
            ["TextFr"] = "Réaliser sans autorisation des graffitis sur des biens mobiliers ou immobiliers",
            ["MinimumAmount"] = "100",
            ["MaximumAmount"] = "350",
            ["DefaultAmount"] = "250",
            ["MinorsAllowed"] = "true",
            ["ProsecutionWaivedByProtocol"] = "true",
        });
        var after = await finder.RecordAsync(Graffiti("2025-03-10T08:00:00+01:00"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var regulation = Regex.Match(await admin.GetPageAsync("/Municipalities/Details/44021"), @"id=""regulation"".*?</section>", RegexOptions.Singleline).Value;
        Assert.Matches(@"data-code=""GRAFFITI"".*?protocol-waiver", Regex.Replace(regulation, @"\s+", " "));
        Assert.Contains("checked=\"checked\"", Regex.Match(await admin.GetPageAsync("/Municipalities/EditInfraction/44021/GRAFFITI"), @"<input[^>]*id=""ProsecutionWaivedByProtocol""[^>]*>").Value, StringComparison.Ordinal);
        var official = await BrowserSession.SignedInAsync(app, CaseSteps.Official, CaseSteps.OfficialPassword);
        var waiting = await official.GetPageAsync(CaseSteps.Page(before.Id()));
        var waived = await official.GetPageAsync(CaseSteps.Page(after.Id()));
        Assert.Contains("id=\"step-ReportToProsecutor\"", waiting, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"step-Notice\"", waiting, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"step-ReportToProsecutor\"", waived, StringComparison.Ordinal);
        Assert.Contains("id=\"step-Notice\"", waived, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Letterhead(string iban, string official = "An De Smet") => new()
    {
        ["Street"] = "Grote Markt 1",
        ["PostalCode"] = "1000",
        ["City"] = "Brussel",
        ["OfficialName"] = official,
        ["Email"] = "gas@brussel.example",
        ["Phone"] = "02 279 22 11",
        ["Iban"] = iban,
        ["Bic"] = "gkccbebb",
        ["DefaultLanguage"] = "fr",
    };

    private static System.Text.Json.Nodes.JsonObject Graffiti(string factsAt) =>
        FindingRequests.Finding("44021", "GRAFFITI", factsAt, FindingRequests.PersonByNumber(NationalNumbers.Unique(new DateOnly(1990, 1, 12))));
}
