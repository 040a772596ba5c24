using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Sac.Testing;
using Sac.Web.Tests.Browser;
using Sac.Web.Tests.Support;

namespace Sac.Web.Tests.Payments;

/// <summary>
/// The official's browser path on a database of its own: upload a statement, see the unmatched line counted on the
/// dashboard and answer it, refund an over-payment from the case page, and read the money on the statistics page.
/// </summary>
public sealed class PaymentsPageTests(June2025AppFactory factory) : IClassFixture<June2025AppFactory>
{
    private const string Page = "/Payments/44021";

    [Fact]
    public async Task Upload_answer_the_queue_refund_and_read_the_revenue()
    {
        var over = await FinesAwaitingPayment.CreateAsync(factory, 90m, "Tom", "Peeters");
        var other = await FinesAwaitingPayment.CreateAsync(factory, 70m, "Eva", "Claes");
        var official = await BrowserSession.SignedInAsync(factory, CaseSteps.Official, CaseSteps.OfficialPassword);
        var file = StatementFiles.Coda(
            StatementFiles.GentIban,
            301,
            new Movement("CODA301-OVER", 100m, over.Communication(), "TOM PEETERS"),
            new Movement("CODA301-EVA", 70m, null, "E CLAES", "boete Eva"),
            new Movement("CODA301-GIFT", 25m, null, "VZW SPORT", "gift"));

        using var imported = await official.PostMultipartAsync(
            Page, $"{Page}/Import", [], [("File", "statement.cod", "application/octet-stream", Encoding.Latin1.GetBytes(file))]);

        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        var result = await imported.Content.ReadAsStringAsync();
        Assert.Contains("data-reference=\"CODA301-OVER\" data-state=\"Matched\"", result, StringComparison.Ordinal);
        Assert.Contains("data-reference=\"CODA301-EVA\" data-state=\"Unmatched\"", result, StringComparison.Ordinal);
        Assert.Contains("3 verrichtingen, 1 geboekt, 2 niet gekoppeld.", result, StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge text-bg-secondary\" id=\"unmatched-count\">2</span>", result, StringComparison.Ordinal);

        var dashboard = await official.GetPageAsync("/Dashboard");
        Assert.Matches("data-queue=\"UnmatchedPayments\"\\s+class=\"fw-bold\" href=\"/Payments/44021\">2</a>", dashboard);

        var queue = await UnmatchedAsync();
        var eva = queue.Single(l => l!["bankReference"]!.GetValue<string>() == "CODA301-EVA")!;
        var gift = queue.Single(l => l!["bankReference"]!.GetValue<string>() == "CODA301-GIFT")!;
        using var unknownCase = await official.PostFormAsync(Page, $"{Page}/Entries/{eva["id"]}/Assign", new() { ["CaseNumber"] = "44021-2019-000001", ["Version"] = eva["version"]!.ToString() });
        using var assigned = await official.PostFormAsync(Page, $"{Page}/Entries/{eva["id"]}/Assign", new() { ["CaseNumber"] = other.Number(), ["Version"] = eva["version"]!.ToString() });
        using var setAside = await official.PostFormAsync(Page, $"{Page}/Entries/{gift["id"]}/SetAside", new() { ["Note"] = "Gift aan de sportdienst", ["Version"] = gift["version"]!.ToString() });

        Assert.Equal(HttpStatusCode.BadRequest, unknownCase.StatusCode);
        Assert.Contains("De gemeente heeft geen dossier met dit nummer.", await unknownCase.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (assigned.StatusCode, setAside.StatusCode));
        Assert.Empty(await UnmatchedAsync());
        Assert.Contains("id=\"no-unmatched\"", await official.GetPageAsync(Page), StringComparison.Ordinal);
        Assert.Equal("Paid", (await FinesAwaitingPayment.ReadAsync(factory, other.Id())).Status());

        var casePage = $"/Cases/Details/{over.Id()}";
        Assert.Contains("id=\"overpaid\">" + Money(10.00m), await PageAsync(official, casePage), StringComparison.Ordinal);
        var version = (await FinesAwaitingPayment.ReadAsync(factory, over.Id())).Version().ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var refunded = await official.PostFormAsync(casePage, $"/Cases/{over.Id()}/Refund", new()
        {
            ["version"] = version,
            ["Forms.Refund.RefundedOn"] = "2025-06-19",
            ["Forms.Refund.Amount"] = "10,00",
            ["Forms.Refund.Iban"] = "BE71 0961 2345 6769",
        });
        Assert.Equal(HttpStatusCode.Redirect, refunded.StatusCode);
        var after = await PageAsync(official, casePage);
        Assert.Contains("id=\"overpaid\">" + Money(0.00m), after, StringComparison.Ordinal);
        Assert.Contains("BE71096123456769", after, StringComparison.Ordinal);

        var statistics = await PageAsync(official, "/Statistics?Municipality=44021&From=2025-05-01&To=2025-06-30");
        var row = RevenueRow(statistics);
        Assert.Contains("data-figure=\"due\">" + Money(160.00m), row, StringComparison.Ordinal);
        Assert.Contains("data-figure=\"received\">" + Money(170.00m), row, StringComparison.Ordinal);
        Assert.Contains("data-figure=\"refunded\">" + Money(10.00m), row, StringComparison.Ordinal);
        Assert.Contains("data-figure=\"outstanding\">" + Money(0.00m), row, StringComparison.Ordinal);
        Assert.Contains("data-figure=\"rate\">100,0 %", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_municipality_s_official_cannot_open_the_page()
    {
        var outsider = await BrowserSession.SignedInAsync(factory, "outsider@demo.sac", "Demo-Outsider-2025!");

        using var page = await outsider.GetAsync(Page);

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/Account/AccessDenied", page.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    /// <summary>The page as the browser shows it: the characters Razor escapes (€, +) read back.</summary>
    private static async Task<string> PageAsync(BrowserSession session, string url) => WebUtility.HtmlDecode(await session.GetPageAsync(url));

    /// <summary>An amount as the Dutch pages write it.</summary>
    private static string Money(decimal amount) => amount.ToString("C", System.Globalization.CultureInfo.GetCultureInfo("nl-BE"));

    private static string RevenueRow(string html)
    {
        var start = html.IndexOf("<tr data-municipality=\"44021\" data-year=\"2025\">", StringComparison.Ordinal);
        Assert.True(start >= 0, "The revenue table has no row for Gent in 2025.");
        return html[start..html.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }

    private async Task<JsonArray> UnmatchedAsync()
    {
        using var api = factory.CreateApiClient(DemoTokens.Official);
        return (await api.GetOkJsonAsync("/api/v1/municipalities/44021/bank-statement-entries/unmatched")).AsArray();
    }
}
