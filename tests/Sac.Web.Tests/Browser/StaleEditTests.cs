using System.Net;
using System.Text.RegularExpressions;
using Sac.Testing;
using Sac.Web.Tests.Support;

namespace Sac.Web.Tests.Browser;

/// <summary>
/// Two people on one case: a step posted from a page the other changed since is refused with 409, nothing saved, and the
/// page says what the other did, in the user's language; the form keeps what was typed and now carries the current
/// version, so posting it again on purpose works.
/// </summary>
public sealed class StaleEditTests(SacAppFactory app) : IClassFixture<SacAppFactory>
{
    [Theory]
    [InlineData(
        "nl-BE",
        "Iemand anders heeft dit dossier gewijzigd nadat u het opende. Er is niets bewaard. Hun wijzigingen:",
        "Procedure ingeleid (brief verzonden) op 10/03/2025 10:00 door admin@demo.sac")]
    [InlineData(
        "fr-BE",
        "Quelqu'un a modifié ce dossier après que vous l'avez ouvert. Rien n'a été enregistré. Ses modifications :",
        "Procédure entamée (lettre envoyée) le 10/03/2025 10:00 par admin@demo.sac")]
    public async Task A_step_posted_from_a_page_someone_else_changed_says_what_they_did_and_saves_nothing(string culture, string message, string change)
    {
        var caseId = await CaseSteps.LitterAsync(app.CreateApiClient(DemoTokens.Finder));
        var official = await BrowserSession.SignedInAsync(app, CaseSteps.Official, CaseSteps.OfficialPassword, culture);
        var seen = await official.VersionAsync(caseId);
        var admin = await BrowserSession.SignedInAsync(app, "admin@demo.sac", "Demo-Admin-2025!");
        var notice = await admin.PostStepAsync(caseId, "Letters/Notice/Posted", new()
        {
            ["Forms.Notice.SentAt"] = "2025-03-10",
            ["Forms.Notice.Channel"] = "RegisteredMail",
        });
        Assert.Equal(HttpStatusCode.Redirect, notice.StatusCode);

        var stale = await official.PostStepAsync(caseId, "Defence", Defence(), version: seen);

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var html = WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync());
        var changes = Regex.Match(html, @"id=""changed-meanwhile"".*?</div>", RegexOptions.Singleline).Value;
        Assert.Contains(message, changes, StringComparison.Ordinal);
        Assert.Contains(change, changes, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(changes, "<li "));
        Assert.Contains("Ik was het niet.", html, StringComparison.Ordinal);
        var current = Regex.Match(html, "name=\"version\" value=\"(\\d+)\"").Groups[1].Value;
        Assert.NotEqual(seen, current);
        Assert.DoesNotContain("data-event=\"DefenceReceived\"", await official.GetPageAsync(CaseSteps.Page(caseId)), StringComparison.Ordinal);

        var again = await official.PostStepAsync(caseId, "Defence", Defence(), version: current);

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Contains("data-event=\"DefenceReceived\"", await official.GetPageAsync(CaseSteps.Page(caseId)), StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Defence() => new()
    {
        ["Forms.Defence.ReceivedOn"] = "2025-03-10",
        ["Forms.Defence.Text"] = "Ik was het niet.",
    };
}
