using Sac.Testing;
using Sac.Web.Tests.Browser;
using Sac.Web.Tests.Support;

namespace Sac.Web.Tests.Hostile;

/// <summary>
/// Issue 6: markup and SQL in free text are valid input, stored as typed, and encoded wherever a page shows them, so
/// they never run in the official's browser nor reach the database as anything but text.
/// </summary>
public sealed class HostileTextRenderingTests(SacAppFactory factory) : IClassFixture<SacAppFactory>
{
    private const string Script = "<script>alert(1)</script>";
    private const string Image = "\"><img src=x onerror=alert(2)>";
    private const string Sql = "'; DROP TABLE \"Cases\"; --";

    [Fact]
    public async Task Markup_and_sql_are_stored_verbatim_and_encoded_on_the_case_page_and_in_the_inbox()
    {
        var finding = FindingRequests.Example(FindingRequests.NewExternalId("hostile-text"));
        finding["description"] = $"{Script} {Image} {Sql}";
        finding["place"]!["street"] = Image;
        finding["offender"]!["lastName"] = Script;
        finding["offender"]!["firstName"] = Sql;

        var stored = await factory.RecordCaseAsync(finding);
        using var official = factory.CreateApiClient(DemoTokens.Official);
        var read = await official.GetOkJsonAsync($"/api/v1/cases/{stored.Id()}");

        Assert.Equal($"{Script} {Image} {Sql}", read["description"]!.GetValue<string>());
        Assert.Equal(Image, read["place"]!["street"]!.GetValue<string>());
        Assert.Equal(Script, read["offender"]!["lastName"]!.GetValue<string>());
        Assert.Equal(Sql, read["offender"]!["firstName"]!.GetValue<string>());

        var browser = await BrowserSession.SignedInAsync(factory, "official@demo.sac", "Demo-Official-2025!");
        AssertEncoded(await browser.GetPageAsync($"/Cases/Details/{stored.Id()}"));
        AssertEncoded(await browser.GetPageAsync("/Cases"));
    }

    private static void AssertEncoded(string html)
    {
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain(Script, html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.OrdinalIgnoreCase);
    }
}
