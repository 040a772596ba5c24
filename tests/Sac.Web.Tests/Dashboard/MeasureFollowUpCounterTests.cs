using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Sac.Testing;
using Sac.Web.Tests.Browser;
using Sac.Web.Tests.Support;
using static Sac.Web.Tests.Measures.MeasureRequests;

namespace Sac.Web.Tests.Dashboard;

/// <summary>
/// The official's dashboard on 10 March 2025 counts Gent's college sanctions and place bans in force whose last day is
/// within the week (17 March included), and Gent's place bans in force; each count links to the register's view.
/// </summary>
public sealed partial class MeasureFollowUpCounterTests(SacAppFactory app) : IClassFixture<SacAppFactory>
{
    private const string Gent = "44021";
    private const string Brussel = "21004";

    [Fact]
    public async Task The_measures_ending_within_the_week_are_counted_and_linked_to_the_registers_ending_soon_view()
    {
        using var admin = app.CreateApiClient(DemoTokens.Admin);
        var endsOnTheSeventhDay = await SanctionEndingAsync(admin, "2025-03-17");
        var endsTheDayAfter = await SanctionEndingAsync(admin, "2025-03-18");
        var banEndingSoon = await BanAsync(admin, "2025-03-01", "2025-03-15");
        await BanAsync(admin, "2025-03-01", "2025-03-31");
        await BanAsync(admin, "2025-03-20", "2025-04-10"); // not in force yet
        var official = await BrowserSession.SignedInAsync(app, CaseSteps.Official, CaseSteps.OfficialPassword);

        var dashboard = await official.GetPageAsync("/Dashboard");

        Assert.Equal(1, Counter(dashboard, Gent, "CollegeSanctionsEndingSoon"));
        Assert.Equal(1, Counter(dashboard, Gent, "PlaceBansEndingSoon"));
        Assert.Equal(2, Counter(dashboard, Gent, "PlaceBansInForce"));
        Assert.Equal(0, Counter(dashboard, Brussel, "CollegeSanctionsEndingSoon"));
        Assert.Equal(0, Counter(dashboard, Brussel, "PlaceBansInForce"));
        Assert.Equal($"/CollegeSanctions/{Gent}?endingSoon=true", Link(dashboard, Gent, "CollegeSanctionsEndingSoon"));
        var sanctions = await official.GetPageAsync(Link(dashboard, Gent, "CollegeSanctionsEndingSoon"));
        Assert.Contains($"data-sanction=\"{endsOnTheSeventhDay}\"", sanctions, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-sanction=\"{endsTheDayAfter}\"", sanctions, StringComparison.Ordinal);
        var bans = await official.GetPageAsync(Link(dashboard, Gent, "PlaceBansEndingSoon"));
        Assert.Equal([banEndingSoon], BanRows().Matches(bans).Select(m => m.Groups[1].Value));
    }

    private static async Task<string> SanctionEndingAsync(HttpClient admin, string endsOn)
    {
        var id = await admin.CreateAsync("/api/v1/college-sanctions", CollegeSanction());
        await admin.StepAsync($"/api/v1/college-sanctions/{id}/warnings", Dates(("sentOn", "2025-03-01")));
        await admin.StepAsync(
            $"/api/v1/college-sanctions/{id}/decisions",
            Dates(("decidedOn", "2025-03-05"), ("kind", "PermitSuspension"), ("startsOn", "2025-03-06"), ("endsOn", endsOn), ("reasons", "Klachten.")));
        return id;
    }

    private static async Task<string> BanAsync(HttpClient admin, string startsOn, string endsOn)
    {
        var id = await admin.CreateAsync("/api/v1/place-bans", PlaceBan());
        await admin.StepAsync($"/api/v1/place-bans/{id}/periods", Dates(("decidedOn", "2025-03-01"), ("startsOn", startsOn), ("endsOn", endsOn)));
        return id;
    }

    private static int Counter(string dashboard, string municipality, string queue) =>
        int.Parse(CounterLink(dashboard, municipality, queue).Groups["count"].Value, CultureInfo.InvariantCulture);

    private static string Link(string dashboard, string municipality, string queue) =>
        WebUtility.HtmlDecode(CounterLink(dashboard, municipality, queue).Groups["href"].Value);

    private static Match CounterLink(string dashboard, string municipality, string queue)
    {
        var row = Regex.Match(dashboard, $@"<tr data-municipality=""{municipality}"">.*?</tr>", RegexOptions.Singleline);
        Assert.True(row.Success, $"No dashboard row for {municipality}.");
        var link = Regex.Match(row.Value, $@"<a data-queue=""{queue}""[^>]*href=""(?<href>[^""]+)"">(?<count>\d+)</a>", RegexOptions.Singleline);
        Assert.True(link.Success, $"No {queue} counter for {municipality}.");
        return link;
    }

    [GeneratedRegex(@"<tr data-ban=""([^""]+)"">")]
    private static partial Regex BanRows();
}
