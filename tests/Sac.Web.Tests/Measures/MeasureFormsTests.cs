using System.Net;
using System.Text.RegularExpressions;
using Sac.Testing;
using Sac.Web.Tests.Browser;
using Sac.Web.Tests.Support;

namespace Sac.Web.Tests.Measures;

/// <summary>
/// The registers of college sanctions and place bans in the browser (today is 10 March 2025): recorded and taken through
/// their steps with the forms, refused with the reason in the user's language, and the bans in force on the finder's page.
/// </summary>
public sealed partial class MeasureFormsTests(SacAppFactory app) : IClassFixture<SacAppFactory>
{
    private const string Admin = "admin@demo.sac";
    private const string AdminPassword = "Demo-Admin-2025!";

    [Fact]
    public async Task A_college_sanction_is_recorded_warned_decided_and_notified_with_the_forms()
    {
        var official = await BrowserSession.SignedInAsync(app, CaseSteps.Official, CaseSteps.OfficialPassword);

        var recorded = await official.PostFormAsync("/CollegeSanctions/44021/New", "/CollegeSanctions/44021/New", new()
        {
            ["Holder.Kind"] = "Company", ["Holder.Name"] = "Nachtwinkel Noord BV", ["Holder.Number"] = "0203.201.340", ["Holder.Language"] = "fr",
            ["Subject"] = "Uitbatingsvergunning nachtwinkel", ["InfractionCodes"] = "NIGHT-NOISE",
        });
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var details = recorded.Headers.Location!.OriginalString;
        var id = details[(details.LastIndexOf('/') + 1)..];

        await StepAsync(official, details, $"/CollegeSanctions/{id}/Warning", new() { ["Warning.SentOn"] = "2025-03-01", ["Warning.Version"] = "1" });
        await StepAsync(official, details, $"/CollegeSanctions/{id}/Decision", new()
        {
            ["Decision.DecidedOn"] = "2025-03-05", ["Decision.Kind"] = "PermitWithdrawal", ["Decision.StartsOn"] = "2025-03-06",
            ["Decision.Reasons"] = "Herhaalde overlast ondanks de waarschuwing.", ["Decision.Version"] = "2",
        });
        await StepAsync(official, details, $"/CollegeSanctions/{id}/Notification", new() { ["Notification.SentOn"] = "2025-03-07", ["Notification.Version"] = "3" });

        var page = WebUtility.HtmlDecode(await official.GetPageAsync(details));
        Assert.Contains("Intrekking van de vergunning", page, StringComparison.Ordinal);
        Assert.Contains("data-letter=\"CollegeWarning\" data-language=\"fr\"", page, StringComparison.Ordinal);
        Assert.Contains("data-letter=\"CollegeDecision\" data-language=\"fr\"", page, StringComparison.Ordinal);
        Assert.Contains("data-state=\"Active\"", page, StringComparison.Ordinal);
        var letter = LetterLink().Match(page).Groups[1].Value;
        var download = await official.GetAsync(letter);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        var register = WebUtility.HtmlDecode(await official.GetPageAsync("/CollegeSanctions/44021"));
        Assert.Contains($"data-sanction=\"{id}\"", register, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nl-BE", "Een schorsing of tijdelijke sluiting heeft een laatste dag.")]
    [InlineData("fr-BE", "Une suspension ou une fermeture temporaire a un dernier jour.")]
    public async Task A_temporary_closure_without_a_last_day_is_refused_in_the_users_language(string culture, string message)
    {
        var admin = await BrowserSession.SignedInAsync(app, Admin, AdminPassword, culture);
        var id = await RecordSanctionAsync(admin);
        await StepAsync(admin, $"/CollegeSanctions/Details/{id}", $"/CollegeSanctions/{id}/Warning", new() { ["Warning.SentOn"] = "2025-03-01" });

        var refused = await admin.PostFormAsync($"/CollegeSanctions/Details/{id}", $"/CollegeSanctions/{id}/Decision", new()
        {
            ["Decision.DecidedOn"] = "2025-03-05", ["Decision.Kind"] = "TemporaryClosure", ["Decision.StartsOn"] = "2025-03-06", ["Decision.Reasons"] = "Overlast.",
        });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains(message, WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.DoesNotContain("data-state=\"Active\"", await admin.GetPageAsync($"/CollegeSanctions/Details/{id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_case_a_sanction_arose_from_is_linked_by_its_number_and_an_unknown_number_refused_on_the_field()
    {
        using var finder = app.CreateApiClient(DemoTokens.Finder);
        var opened = await finder.RecordAsync(FindingRequests.Example(FindingRequests.NewExternalId("college")));
        var number = opened["number"]!.GetValue<string>();
        var admin = await BrowserSession.SignedInAsync(app, Admin, AdminPassword);
        var fields = new Dictionary<string, string>
        {
            ["Holder.Kind"] = "Person", ["Holder.Name"] = "Jan Peeters", ["Holder.Language"] = "nl", ["Subject"] = "Marktvergunning", ["InfractionCodes"] = "LITTER",
        };

        var unknown = await admin.PostFormAsync("/CollegeSanctions/44021/New", "/CollegeSanctions/44021/New", new(fields) { ["CaseNumber"] = "44021-1999-999999" });
        var brussels = await app.RecordCaseAsync(
            FindingRequests.Finding("21004", "LITTER", "2025-03-01T22:15:00+01:00", FindingRequests.PersonByNumber(NationalNumbers.Unique(new DateOnly(1980, 4, 2)))));
        var otherMunicipality = await admin.PostFormAsync(
            "/CollegeSanctions/44021/New", "/CollegeSanctions/44021/New", new(fields) { ["CaseNumber"] = brussels["number"]!.GetValue<string>() });
        var linked = await admin.PostFormAsync("/CollegeSanctions/44021/New", "/CollegeSanctions/44021/New", new(fields) { ["CaseNumber"] = $" {number} " });

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        var refusal = WebUtility.HtmlDecode(await unknown.Content.ReadAsStringAsync());
        Assert.Matches(@"<a href=""#CaseNumber""[^>]*>[^<]*</a>:\s*De gemeente heeft geen dossier met dit nummer\.", refusal);
        Assert.Contains("class=\"form-control input-validation-error\" type=\"text\" id=\"CaseNumber\"", refusal, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, otherMunicipality.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, linked.StatusCode);
        var page = await admin.GetPageAsync(linked.Headers.Location!.OriginalString);
        Assert.Contains($"<a id=\"sanction-case\" href=\"/Cases/Details/{opened.Id()}\">", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_without_its_antiforgery_token_is_refused()
    {
        var admin = await BrowserSession.SignedInAsync(app, Admin, AdminPassword);

        var refused = await admin.PostFormAsync("/PlaceBans/44021/New", "/PlaceBans/44021/New", PlaceBanFields("Zonder Token"), withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.DoesNotContain("Zonder Token", await admin.GetPageAsync("/PlaceBans/44021"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_place_ban_and_its_renewals_are_imposed_with_the_form_and_a_fourth_period_refused()
    {
        var admin = await BrowserSession.SignedInAsync(app, Admin, AdminPassword);
        var recorded = await admin.PostFormAsync("/PlaceBans/44021/New", "/PlaceBans/44021/New", PlaceBanFields("Piet Verboden"));
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var details = recorded.Headers.Location!.OriginalString;
        var id = details[(details.LastIndexOf('/') + 1)..];

        foreach (var (decided, starts, ends) in new[] { ("2025-03-01", "2025-03-01", "2025-03-31"), ("2025-03-25", "2025-04-01", "2025-04-30"), ("2025-04-25", "2025-05-01", "2025-05-31") })
        {
            await StepAsync(admin, details, $"/PlaceBans/{id}/Period", new() { ["Period.DecidedOn"] = decided, ["Period.StartsOn"] = starts, ["Period.EndsOn"] = ends });
        }

        var refused = await admin.PostFormAsync(details, $"/PlaceBans/{id}/Period", new()
        {
            ["Period.DecidedOn"] = "2025-05-25", ["Period.StartsOn"] = "2025-06-01", ["Period.EndsOn"] = "2025-06-30",
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("Dit plaatsverbod werd al zo vaak verlengd als de wet toelaat.", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var page = WebUtility.HtmlDecode(await admin.GetPageAsync(details));
        Assert.Equal(3, Regex.Count(page, "data-period=\""));
        Assert.Equal(3, Regex.Count(page, "data-letter=\"PlaceBanPeriod\""));
        Assert.DoesNotContain("id=\"period-form\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Finders_see_the_bans_in_force_of_their_municipalities_from_their_menu()
    {
        var admin = await BrowserSession.SignedInAsync(app, Admin, AdminPassword);
        var recorded = await admin.PostFormAsync("/PlaceBans/44021/New", "/PlaceBans/44021/New", PlaceBanFields("Karel Zichtbaar"));
        var details = recorded.Headers.Location!.OriginalString;
        var id = details[(details.LastIndexOf('/') + 1)..];
        await StepAsync(admin, details, $"/PlaceBans/{id}/Period", new() { ["Period.DecidedOn"] = "2025-03-01", ["Period.StartsOn"] = "2025-03-01", ["Period.EndsOn"] = "2025-03-31" });
        var finder = await BrowserSession.SignedInAsync(app, "finder@demo.sac", "Demo-Finder-2025!");
        var outsider = await BrowserSession.SignedInAsync(app, "outsider@demo.sac", "Demo-Outsider-2025!");

        var menu = await finder.GetPageAsync("/Findings/New");
        var seen = WebUtility.HtmlDecode(await finder.GetPageAsync("/PlaceBans/Active"));
        var notSeen = WebUtility.HtmlDecode(await outsider.GetPageAsync("/PlaceBans/Active"));

        Assert.Contains("id=\"nav-active-place-bans\"", menu, StringComparison.Ordinal);
        Assert.Contains($"data-active-ban=\"{id}\"", seen, StringComparison.Ordinal);
        Assert.Contains("Karel Zichtbaar", seen, StringComparison.Ordinal);
        Assert.Contains("tot en met 31/03/2025", seen, StringComparison.Ordinal);
        Assert.DoesNotContain("Karel Zichtbaar", notSeen, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await finder.GetAsync(details)).StatusCode);
    }

    [Fact]
    public async Task The_register_and_its_menu_entry_speak_French()
    {
        var auditor = await BrowserSession.SignedInAsync(app, "auditor@demo.sac", "Demo-Auditor-2025!", "fr-BE");

        var page = WebUtility.HtmlDecode(await auditor.GetPageAsync("/PlaceBans/44021"));

        Assert.Contains("Interdictions temporaires de lieu", page, StringComparison.Ordinal);
        Assert.Contains("id=\"nav-college-sanctions\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"new-place-ban\"", page, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> PlaceBanFields(string name) => new()
    {
        ["Person.Kind"] = "Person", ["Person.Name"] = name, ["Person.Language"] = "nl", ["Place"] = "Vrijdagmarkt",
        ["Ground"] = "PublicOrderDisturbance", ["Grounds"] = "Vechtpartij op zaterdagnacht.", ["HeardOn"] = "2025-03-01",
    };

    private static async Task<string> RecordSanctionAsync(BrowserSession session)
    {
        var recorded = await session.PostFormAsync("/CollegeSanctions/44021/New", "/CollegeSanctions/44021/New", new()
        {
            ["Holder.Kind"] = "Company", ["Holder.Name"] = "Café Zonder Einde", ["Holder.Language"] = "nl", ["Subject"] = "Terras", ["InfractionCodes"] = "LITTER",
        });
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var location = recorded.Headers.Location!.OriginalString;
        return location[(location.LastIndexOf('/') + 1)..];
    }

    private static async Task StepAsync(BrowserSession session, string page, string action, Dictionary<string, string> fields)
    {
        var done = await session.PostFormAsync(page, action, fields);
        Assert.True(done.StatusCode == HttpStatusCode.Redirect, $"{action}: {done.StatusCode} {await done.Content.ReadAsStringAsync()}");
    }

    [GeneratedRegex("href=\"(/MeasureDocuments/[0-9a-f-]+)\"")]
    private static partial Regex LetterLink();
}
