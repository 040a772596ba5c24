using System.Net;
using System.Text.RegularExpressions;
using Sac.Testing;

namespace Sac.Web.Tests.Browser;

/// <summary>Each legal choice of the council comes with what the law allows, in the administrator's language, where it is shown and where it is changed.</summary>
public sealed class SettingsExplainedTests(SacAppFactory app) : IClassFixture<SacAppFactory>
{
    [Theory]
    [InlineData("nl-BE", "vanaf 16 jaar of vanaf 14 jaar", "wet van 11 december 2023", "verplicht", "beroepstermijn van een maand", "herhaling (24 maanden)")]
    [InlineData("fr-BE", "à partir de 16 ans ou à partir de 14 ans", "loi du 11 décembre 2023", "obligatoire", "délai de recours d'un mois", "récidive (24 mois)")]
    public async Task Every_setting_is_explained_on_the_page_and_on_the_form(string culture, params string[] explanations)
    {
        var admin = await BrowserSession.SignedInAsync(app, "admin@demo.sac", "Demo-Admin-2025!", culture);

        var page = WebUtility.HtmlDecode(await admin.GetPageAsync("/Municipalities/Details/44021"));
        var form = WebUtility.HtmlDecode(await admin.GetPageAsync("/Municipalities/EditSettings/44021"));

        foreach (var html in new[] { Regex.Match(page, @"id=""settings"".*?</section>", RegexOptions.Singleline).Value, form })
        {
            var laws = Regex.Matches(html, @"class=""[^""]*settings-law[^""]*"">([^<]+)<").Select(m => m.Groups[1].Value).ToList();
            Assert.Equal(5, laws.Count);
            Assert.All(explanations.Zip(laws), pair => Assert.Contains(pair.First, pair.Second, StringComparison.Ordinal));
        }
    }
}
