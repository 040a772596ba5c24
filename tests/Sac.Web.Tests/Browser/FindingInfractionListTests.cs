using System.Net;
using System.Text.Json.Nodes;
using Sac.Testing;
using Sac.Web.Tests.Support;

namespace Sac.Web.Tests.Browser;

/// <summary>
/// The regulation the finder's page searches (GET /Findings/Infractions, under the cookie): the chosen municipality's
/// infractions in force on the date of the facts, in the user's language.
/// </summary>
public sealed class FindingInfractionListTests(SacAppFactory app) : IClassFixture<SacAppFactory>
{
    [Theory]
    [InlineData("nl-BE", "LITTER — Afval achterlaten op de openbare weg")]
    [InlineData("fr-BE", "LITTER — Abandonner des déchets sur la voie publique")]
    public async Task The_list_is_in_the_users_language_with_code_and_article(string culture, string label)
    {
        var finder = await BrowserSession.SignedInAsync(app, "finder@demo.sac", "Demo-Finder-2025!", culture);

        var regulation = await InfractionsAsync(finder, "/Findings/Infractions?municipality=44021&on=2025-03-10");

        var litter = regulation.Single(i => i["code"]!.GetValue<string>() == "LITTER");
        Assert.Equal(label, litter["label"]!.GetValue<string>());
        Assert.Equal("art. 12", litter["article"]!.GetValue<string>());
    }

    [Fact]
    public async Task Only_the_infractions_of_that_municipality_in_force_on_the_date_are_listed()
    {
        using var admin = app.CreateApiClient(DemoTokens.Admin);
        var terrace = MunicipalityRequests.Litter(50, 350, 100, "2025-03-01");
        terrace["article"] = "art. 80";
        terrace["textNl"] = "Terras uitstallen zonder vergunning";
        terrace["textFr"] = "Installer une terrasse sans autorisation";
        (await admin.PutJsonAsync(MunicipalityRequests.Infraction("44021", "TERRACE"), terrace)).EnsureSuccessStatusCode();
        var finder = await BrowserSession.SignedInAsync(app, "finder@demo.sac", "Demo-Finder-2025!");

        var before = Codes(await InfractionsAsync(finder, "/Findings/Infractions?municipality=44021&on=2025-02-28"));
        var after = Codes(await InfractionsAsync(finder, "/Findings/Infractions?municipality=44021&on=2025-03-10"));
        var brussels = Codes(await InfractionsAsync(finder, "/Findings/Infractions?municipality=21004&on=2025-03-10"));

        Assert.Contains("LITTER", before);
        Assert.DoesNotContain("TERRACE", before);
        Assert.Contains("TERRACE", after);
        Assert.DoesNotContain("TERRACE", brussels);
    }

    [Theory]
    [InlineData("11002")]
    [InlineData("62063")]
    public async Task A_municipality_the_finder_does_not_serve_is_not_found(string nis)
    {
        var finder = await BrowserSession.SignedInAsync(app, "finder@demo.sac", "Demo-Finder-2025!");

        using var response = await finder.GetAsync($"/Findings/Infractions?municipality={nis}&on=2025-03-10");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task<IReadOnlyList<JsonNode>> InfractionsAsync(BrowserSession finder, string url) =>
        [.. JsonNode.Parse(await finder.GetPageAsync(url))!.AsArray().Select(i => i!)];

    private static string[] Codes(IEnumerable<JsonNode> regulation) => [.. regulation.Select(i => i["code"]!.GetValue<string>())];
}
