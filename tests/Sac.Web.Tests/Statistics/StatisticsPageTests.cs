using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MiniExcelLibs;
using Sac.Application.Statistics;
using Sac.Testing;
using Sac.Web.Tests.Browser;
using Sac.Web.Tests.Support;

namespace Sac.Web.Tests.Statistics;

/// <summary>
/// The statistics of Gent for March 2025 on 20 June, over a known set of cases: found on the first and the last day of
/// March (in), on the day before and the day after (out); a fine of 200 of which 120 is paid, a minor, a closure
/// without sanction, a mixed and a parking infraction. Every figure is exact.
/// </summary>
public sealed partial class StatisticsPageTests(StatisticsPageTests.MarchCases app) : IClassFixture<StatisticsPageTests.MarchCases>
{
    private const string March = "/Statistics?Municipality=44021&From=2025-03-01&To=2025-03-31";

    /// <summary>The app on 20 June 2025 with the cases of the summary above, recorded once for the whole class.</summary>
    public sealed class MarchCases : SacAppFactory, IAsyncLifetime
    {
        public MarchCases() => Now = new DateTimeOffset(2025, 6, 20, 10, 0, 0, TimeSpan.FromHours(2));

        public async Task InitializeAsync()
        {
            using var official = CreateApiClient(DemoTokens.Official);

            // Just inside March in Brussels time (23:30 on the 31st is 21:30 UTC); just outside on both sides.
            var fine = await RecordAsync("LITTER", "2025-03-01T00:10:00+01:00", Adult());
            await RecordAsync("NIGHT-NOISE", "2025-03-31T23:30:00+02:00", Adult());
            await RecordAsync("LITTER", "2025-02-28T23:50:00+01:00", Adult());
            await RecordAsync("LITTER", "2025-04-01T00:10:00+02:00", Adult());
            await RecordAsync("PARK-PROHIBITED", "2025-03-15T10:00:00+01:00", Adult());
            await RecordAsync("LITTER", "2025-03-10T10:00:00+01:00", FindingRequests.PersonByName("Janssens", "Lotte", "2010-06-15"));
            var closed = await RecordAsync("LITTER", "2025-03-05T10:00:00+01:00", Adult());
            await official.StepAsync(closed, "closures", new JsonObject { ["reason"] = "NoSanction" });

            // The fine becomes final when the appeal window ends (by today), then 120 of 200 is paid.
            await official.SendNoticeAsync(fine, "2025-03-13");
            await official.DecideFineAsync(fine, "2025-04-10", 200.00m);
            await official.NotifyDecisionAsync(fine, "2025-04-11");
            await this.ApplyDueDeadlinesAsync(fine);
            await official.StepAsync(fine, "payments", new JsonObject { ["paidOn"] = "2025-06-18", ["amount"] = 120.00m });
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

        private async Task<string> RecordAsync(string infraction, string factsAt, JsonObject offender) =>
            (await this.RecordCaseAsync(FindingRequests.Finding("44021", infraction, factsAt, offender))).Id();

        private static JsonObject Adult() => FindingRequests.PersonByNumber(NationalNumbers.Unique(new DateOnly(1975, 8, 20)));
    }

    [Fact]
    public async Task The_figures_of_march_count_the_cases_found_in_march_only()
    {
        var official = await BrowserSession.SignedInAsync(app, CaseSteps.Official, CaseSteps.OfficialPassword);

        var page = WebUtility.HtmlDecode(await official.GetPageAsync(March));

        Assert.Equal(["03/2025", "5"], Single(TableRows(page, "cases-per-month")));
        Assert.Equal(
            [["LITTER – Afval achterlaten op de openbare weg", "3"], ["NIGHT-NOISE", "1"], ["PARK-PROHIBITED", "1"]],
            TableRows(page, "by-infraction").Select(r => (IReadOnlyList<string>)[r[0].Split(' ')[0] == "LITTER" ? r[0] : r[0].Split(' ')[0], r[1]]));
        Assert.Equal([["Administratieve geldboete", "1", "€ 200,00"]], TableRows(page, "decisions"));
        Assert.Equal(["03/2025", "60,0", "€ 200,00", "€ 120,00"], Single(TableRows(page, "collection")));
        Assert.Equal(5, Evaluation(page, EvaluationItem.Cases));
        Assert.Equal(3, Evaluation(page, EvaluationItem.PureAdministrative));
        Assert.Equal(1, Evaluation(page, EvaluationItem.Mixed));
        Assert.Equal(1, Evaluation(page, EvaluationItem.TrafficAndParking));
        Assert.Equal(1, Evaluation(page, EvaluationItem.Minors));
        Assert.Equal(1, Evaluation(page, EvaluationItem.Fines));
        Assert.Equal(0, Evaluation(page, EvaluationItem.Appeals));
        Assert.Contains("<td class=\"text-end\">€ 120,00</td>", EvaluationRow(page, EvaluationItem.AmountCollected), StringComparison.Ordinal);
        Assert.Equal("1", Single(TableRows(page, "closures"))[1]);
    }

    [Fact]
    public async Task The_period_ends_are_included_and_the_days_beside_them_are_not()
    {
        var official = await BrowserSession.SignedInAsync(app, CaseSteps.Official, CaseSteps.OfficialPassword);

        var lastDay = WebUtility.HtmlDecode(await official.GetPageAsync("/Statistics?Municipality=44021&From=2025-03-31&To=2025-03-31"));
        var firstDay = WebUtility.HtmlDecode(await official.GetPageAsync("/Statistics?Municipality=44021&From=2025-03-01&To=2025-03-01"));
        var dayBefore = WebUtility.HtmlDecode(await official.GetPageAsync("/Statistics?Municipality=44021&From=2025-02-28&To=2025-02-28"));
        var dayAfter = WebUtility.HtmlDecode(await official.GetPageAsync("/Statistics?Municipality=44021&From=2025-04-01&To=2025-04-01"));

        Assert.Equal(1, Evaluation(lastDay, EvaluationItem.Cases));
        Assert.Equal(1, Evaluation(firstDay, EvaluationItem.Cases));
        Assert.Equal(1, Evaluation(dayBefore, EvaluationItem.Cases));
        Assert.Equal(1, Evaluation(dayAfter, EvaluationItem.Cases));
        Assert.Equal(1, Evaluation(lastDay, EvaluationItem.Mixed));
        Assert.Equal(1, Evaluation(firstDay, EvaluationItem.Fines));
        Assert.Equal(0, Evaluation(dayBefore, EvaluationItem.Fines));
        Assert.Equal(0, Evaluation(dayAfter, EvaluationItem.Mixed));
    }

    [Fact]
    public async Task Another_municipalitys_cases_are_never_counted()
    {
        var outsider = await BrowserSession.SignedInAsync(app, "outsider@demo.sac", "Demo-Outsider-2025!");

        var gent = WebUtility.HtmlDecode(await outsider.GetPageAsync(March));
        var own = WebUtility.HtmlDecode(await outsider.GetPageAsync("/Statistics?From=2025-03-01&To=2025-03-31"));

        Assert.Equal(0, Evaluation(gent, EvaluationItem.Cases));
        Assert.Equal(0, Evaluation(own, EvaluationItem.Cases));
    }

    [Fact]
    public async Task The_page_is_in_french_with_a_table_under_every_chart()
    {
        var official = await BrowserSession.SignedInAsync(app, CaseSteps.Official, CaseSteps.OfficialPassword, "fr-BE");

        var page = WebUtility.HtmlDecode(await official.GetPageAsync(March));

        Assert.Contains("<h1 class=\"h3 mb-3\">Statistiques</h1>", page, StringComparison.Ordinal);
        Assert.Contains("Évaluation fédérale quinquennale".ToLowerInvariant(), page.ToLowerInvariant(), StringComparison.Ordinal);
        Assert.Contains("Abandonner des déchets sur la voie publique", page, StringComparison.Ordinal);
        Assert.Equal(["03/2025", "60,0", "200,00 €", "120,00 €"], Single(TableRows(page, "collection")));
        foreach (var chart in new[] { "cases-per-month", "by-infraction", "decisions", "closures", "appeals", "collection" })
        {
            Assert.Matches($@"<canvas role=""img"" aria-label=""[^""]+"" data-chart=""\{{", Regex.Match(page, $@"id=""chart-{chart}"".*?</section>", RegexOptions.Singleline).Value);
            Assert.Contains("<th scope=\"col\">", TableOf(page, chart), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_csv_and_the_xlsx_hold_the_same_figures_with_headers_in_the_users_language()
    {
        var official = await BrowserSession.SignedInAsync(app, CaseSteps.Official, CaseSteps.OfficialPassword);

        using var csv = await official.GetAsync(March.Replace("/Statistics?", "/Statistics/Csv?", StringComparison.Ordinal));
        using var xlsx = await official.GetAsync(March.Replace("/Statistics?", "/Statistics/Xlsx?", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("statistieken-44021-2025-03-01-2025-03-31.csv", csv.Content.Headers.ContentDisposition?.FileNameStar);
        var lines = Encoding.UTF8.GetString((await csv.Content.ReadAsByteArrayAsync())[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Onderdeel;Omschrijving;Grootheid;Waarde", lines[0]);
        Assert.Contains("Periode;01/03/2025 – 31/03/2025;;", lines);
        Assert.Contains("Dossiers per maand (datum van de vaststelling);03/2025;Dossiers;5", lines);
        Assert.Contains("Inning van de definitieve boetes;03/2025;Inningsgraad (%);60,00", lines);
        Assert.Contains("Cijfers voor de federale vijfjaarlijkse evaluatie van de GAS-wet;Dossiers van minderjarigen;Dossiers;1", lines);
        Assert.Contains("Cijfers voor de federale vijfjaarlijkse evaluatie van de GAS-wet;Geïnde bedragen (euro);Bedrag;120,00", lines);

        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal("statistieken-44021-2025-03-01-2025-03-31.xlsx", xlsx.Content.Headers.ContentDisposition?.FileNameStar);
        using var file = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        var rows = file.Query(useHeaderRow: true, sheetName: "Statistieken", excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(["Onderdeel", "Omschrijving", "Grootheid", "Waarde"], rows[0].Keys);
        Assert.Equal(lines.Length - 1, rows.Count);
        var amountImposed = Assert.Single(rows, r => (string?)r["Omschrijving"] == "Opgelegde boetes (euro)");
        Assert.Equal(200m, Convert.ToDecimal(amountImposed["Waarde"], CultureInfo.InvariantCulture));
    }

    private static string TableOf(string page, string chart) =>
        Regex.Match(page, $@"<table[^>]*data-chart-table=""{chart}"">.*?</table>", RegexOptions.Singleline).Value;

    /// <summary>The body rows of a chart's table, each as its cells' text.</summary>
    private static List<IReadOnlyList<string>> TableRows(string page, string chart) =>
    [
        .. Regex.Matches(Regex.Match(TableOf(page, chart), "<tbody>.*</tbody>", RegexOptions.Singleline).Value, "<tr>.*?</tr>", RegexOptions.Singleline)
            .Select(row => (IReadOnlyList<string>)[.. Cell().Matches(row.Value).Select(c => c.Groups[1].Value.Trim())]),
    ];

    private static IReadOnlyList<string> Single(List<IReadOnlyList<string>> rows) => Assert.Single(rows);

    private static string EvaluationRow(string page, EvaluationItem item) =>
        Regex.Match(page, $@"<tr data-evaluation=""{item}"">.*?</tr>", RegexOptions.Singleline).Value;

    private static int Evaluation(string page, EvaluationItem item) =>
        int.Parse(Regex.Match(EvaluationRow(page, item), @"<td class=""text-end"">(\d+)</td>").Groups[1].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"<t[hd][^>]*>(.*?)</t[hd]>", RegexOptions.Singleline)]
    private static partial Regex Cell();
}
