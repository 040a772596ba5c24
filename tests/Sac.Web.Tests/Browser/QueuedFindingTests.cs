using System.Net;
using System.Text.Json.Nodes;
using Sac.Testing;
using Sac.Web.Tests.Audit;
using Sac.Web.Tests.Hostile;

namespace Sac.Web.Tests.Browser;

/// <summary>
/// A finding the phone kept offline, sent later by the page's script (POST /Findings/Queued, cookie and antiforgery token)
/// with the externalId the browser chose: that id is the case's, and sending it again opens no second case.
/// </summary>
public sealed class QueuedFindingTests(SacAppFactory app) : IClassFixture<SacAppFactory>
{
    [Fact]
    public async Task The_externalId_the_browser_chose_opens_one_case_however_often_it_is_sent()
    {
        var finder = await BrowserSession.SignedInAsync(app, "finder@demo.sac", "Demo-Finder-2025!");
        var externalId = Guid.NewGuid().ToString();

        using var first = await SendAsync(finder, Finding(externalId, "88022999990"));
        using var again = await SendAsync(finder, Finding(externalId, "88022999990"));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(CaseId(await first.Content.ReadAsStringAsync()), CaseId(await again.Content.ReadAsStringAsync()));
        Assert.Equal(1, CasesWith(externalId));
    }

    [Fact]
    public async Task The_form_posted_twice_with_the_browsers_externalId_opens_one_case()
    {
        var finder = await BrowserSession.SignedInAsync(app, "finder@demo.sac", "Demo-Finder-2025!");
        var externalId = Guid.NewGuid().ToString();

        using var first = await finder.PostFormAsync("/Findings/New", Finding(externalId, "88022999990"));
        using var again = await finder.PostFormAsync("/Findings/New", Finding(externalId, "88022999990"));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(first.Headers.Location, again.Headers.Location);
        Assert.Equal(1, CasesWith(externalId));
    }

    [Theory]
    [InlineData("nl-BE", "Dit is geen geldig rijksregisternummer.")]
    [InlineData("fr-BE", "Ce numéro de registre national n'est pas valide.")]
    public async Task A_refused_finding_answers_the_message_of_each_field_in_the_users_language(string culture, string message)
    {
        var finder = await BrowserSession.SignedInAsync(app, "finder@demo.sac", "Demo-Finder-2025!", culture);
        var externalId = Guid.NewGuid().ToString();

        using var refused = await SendAsync(finder, Finding(externalId, "88022999991"));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!["errors"]!;
        Assert.Equal(message, errors["NationalRegisterNumber"]![0]!.GetValue<string>());
        Assert.Equal(0, CasesWith(externalId));
    }

    /// <summary>The form shows it again (200, the message above the fields); the script's action answers 400 with it.</summary>
    [Theory]
    [InlineData("/Findings/New", HttpStatusCode.OK)]
    [InlineData("/Findings/Queued", HttpStatusCode.BadRequest)]
    public async Task A_malformed_externalId_is_refused_and_nothing_is_stored(string action, HttpStatusCode status)
    {
        var finder = await BrowserSession.SignedInAsync(app, "finder@demo.sac", "Demo-Finder-2025!");
        var before = app.StoredCases();

        using var refused = await finder.PostFormAsync("/Findings/New", action, Finding(new string('x', 101), "88022999990"));

        Assert.Equal(status, refused.StatusCode);
        Assert.Equal(before, app.StoredCases());
    }

    private static Task<HttpResponseMessage> SendAsync(BrowserSession finder, Dictionary<string, string> fields) =>
        finder.PostMultipartAsync("/Findings/New", "/Findings/Queued", fields, [("Photos", "blikje.jpg", "image/jpeg", SampleFiles.Jpeg("the can"))]);

    private static Guid CaseId(string json) => JsonNode.Parse(json)!["caseId"]!.GetValue<Guid>();

    private long CasesWith(string externalId)
    {
        using var connection = app.OpenDatabase();
        return connection.Scalar($"""SELECT COUNT(*) FROM "Cases" WHERE "ExternalId" = '{externalId}'""");
    }

    private static Dictionary<string, string> Finding(string externalId, string nationalRegisterNumber)
    {
        var fields = FindingFormTests.Finding(nationalRegisterNumber);
        fields["ExternalId"] = externalId;
        return fields;
    }
}
