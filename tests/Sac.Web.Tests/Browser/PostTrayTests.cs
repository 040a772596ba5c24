using System.Net;
using System.Text.RegularExpressions;
using Sac.Testing;

namespace Sac.Web.Tests.Browser;

/// <summary>
/// The post tray: a prepared letter waits there; marking it posted is the step itself (the notice here), and
/// its date starts the defence period. Letters download as PDF, for the case's municipality only.
/// </summary>
public sealed partial class PostTrayTests(SacAppFactory app) : IClassFixture<SacAppFactory>
{
    [Fact]
    public async Task Marking_the_prepared_notice_as_posted_sends_it_and_starts_the_defence_period_from_that_day()
    {
        var caseId = await CaseSteps.LitterAsync(app.CreateApiClient(DemoTokens.Finder));
        var official = await BrowserSession.SignedInAsync(app, CaseSteps.Official, CaseSteps.OfficialPassword);
        var letter = await PrepareNoticeAsync(official, caseId);
        Assert.Equal("Registered", await official.StatusAsync(caseId));

        var posted = await official.PostFormAsync("/PostTray", $"/PostTray/{letter}/Posted", new() { ["postedOn"] = "2025-03-05" });

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.DoesNotContain(letter, await official.GetPageAsync("/PostTray"), StringComparison.Ordinal);
        var page = await official.GetPageAsync(CaseSteps.Page(caseId));
        Assert.Equal("NoticeSent", await official.StatusAsync(caseId));

        // Posted on Wednesday 5 March: deemed received on Monday 10 March, then 15 days.
        Assert.Matches(@"id=""defence-deadline"">25/03/2025<", page);
        Assert.Matches(@"id=""procedure-notice"">\s*05/03/2025", page);
    }

    [Theory]
    [InlineData("nl-BE", "Deze datum kan niet vóór de vaststelling liggen.")]
    [InlineData("fr-BE", "Cette date ne peut pas précéder le constat.")]
    public async Task A_posting_date_before_the_finding_is_refused_on_the_letters_row(string culture, string message)
    {
        var caseId = await CaseSteps.LitterAsync(app.CreateApiClient(DemoTokens.Finder));
        var official = await BrowserSession.SignedInAsync(app, CaseSteps.Official, CaseSteps.OfficialPassword, culture);
        var letter = await PrepareNoticeAsync(official, caseId);

        var refused = await official.PostFormAsync("/PostTray", $"/PostTray/{letter}/Posted", new() { ["postedOn"] = "2025-02-27" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        var row = Regex.Match(html, $@"<tr data-letter=""{letter}"".*?</tr>", RegexOptions.Singleline).Value;
        Assert.Contains("value=\"2025-02-27\"", row, StringComparison.Ordinal);
        Assert.Contains(message, row, StringComparison.Ordinal);
        Assert.Equal("Registered", await official.StatusAsync(caseId));
    }

    [Fact]
    public async Task A_letter_downloads_as_a_pdf_for_its_municipality_and_is_not_found_for_others()
    {
        var caseId = await CaseSteps.LitterAsync(app.CreateApiClient(DemoTokens.Finder));
        var official = await BrowserSession.SignedInAsync(app, CaseSteps.Official, CaseSteps.OfficialPassword);
        var letter = await PrepareNoticeAsync(official, caseId);
        var outsider = await BrowserSession.SignedInAsync(app, "outsider@demo.sac", "Demo-Outsider-2025!");

        using var download = await official.GetAsync($"/Documents/{letter}");
        using var refused = await outsider.GetAsync($"/Documents/{letter}");

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith(".pdf", download.Content.Headers.ContentDisposition?.FileNameStar, StringComparison.Ordinal);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(await download.Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.DoesNotContain(letter, await outsider.GetPageAsync("/PostTray"), StringComparison.Ordinal);
    }

    /// <summary>Prepares the notice from the case page; answers the letter's id, read from the post tray.</summary>
    private static async Task<string> PrepareNoticeAsync(BrowserSession official, string caseId)
    {
        var prepared = await official.PostFormAsync(CaseSteps.Page(caseId), $"/Cases/{caseId}/Letters/Notice/Prepare", []);
        Assert.Equal(HttpStatusCode.Redirect, prepared.StatusCode);
        var tray = await official.GetPageAsync("/PostTray");
        var caseNumber = Regex.Match(await official.GetPageAsync(CaseSteps.Page(caseId)), @"id=""case-number""[^>]*>([^<]+)<").Groups[1].Value;
        var row = Regex.Match(tray, $@"<tr data-letter=""(?<id>[0-9a-f-]+)"" data-case-number=""{Regex.Escape(caseNumber)}"" data-kind=""Notice"">");
        Assert.True(row.Success, $"the post tray lists the notice of {caseNumber}");
        return row.Groups["id"].Value;
    }
}
