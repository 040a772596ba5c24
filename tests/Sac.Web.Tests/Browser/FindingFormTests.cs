using System.Net;
using System.Text.RegularExpressions;
using Sac.Testing;

namespace Sac.Web.Tests.Browser;

/// <summary>The finder's form, posted as a browser posts it: antiforgery, PRG, field errors in the user's language.</summary>
public sealed class FindingFormTests(SacAppFactory app) : IClassFixture<SacAppFactory>
{
    [Fact]
    public async Task Posting_a_valid_finding_redirects_to_the_confirmation_with_the_case_number()
    {
        var finder = await BrowserSession.SignedInAsync(app, "finder@demo.sac", "Demo-Finder-2025!");

        var posted = await finder.PostFormAsync("/Findings/New", Finding(nationalRegisterNumber: "88022999990"));

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var confirmation = await finder.GetAsync(posted.Headers.Location!.OriginalString);
        Assert.Matches(@"id=""case-number""[^>]*>\s*44021-2025-\d{6}", await confirmation.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Posting_without_the_antiforgery_token_is_refused()
    {
        var finder = await BrowserSession.SignedInAsync(app, "finder@demo.sac", "Demo-Finder-2025!");

        var posted = await finder.PostFormAsync("/Findings/New", Finding(nationalRegisterNumber: "88022999990"), withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
    }

    [Theory]
    [InlineData("nl-BE", "Dit is geen geldig rijksregisternummer.")]
    [InlineData("fr-BE", "Ce numéro de registre national n'est pas valide.")]
    public async Task An_invalid_national_register_number_is_shown_next_to_the_field_in_the_users_language(string culture, string message)
    {
        var finder = await BrowserSession.SignedInAsync(app, "finder@demo.sac", "Demo-Finder-2025!", culture);

        var posted = await finder.PostFormAsync("/Findings/New", Finding(nationalRegisterNumber: "88022999991"));

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var html = WebUtility.HtmlDecode(await posted.Content.ReadAsStringAsync());
        var input = Regex.Match(html, @"<input[^>]*id=""NationalRegisterNumber""[^>]*>").Value;
        Assert.Contains("input-validation-error", input, StringComparison.Ordinal);
        Assert.Matches($@"field-validation-error[^>]*>\s*{Regex.Escape(message)}", html);
    }

    private static Dictionary<string, string> Finding(string nationalRegisterNumber) => new()
    {
        ["ExternalId"] = Guid.NewGuid().ToString(),
        ["Municipality"] = "44021",
        ["InfractionCode"] = "LITTER",
        ["FactsAt"] = "2025-03-09T21:30",
        ["Street"] = "Korenmarkt",
        ["HouseNumber"] = "1",
        ["PostalCode"] = "9000",
        ["City"] = "Gent",
        ["OffenderType"] = "Person",
        ["NationalRegisterNumber"] = nationalRegisterNumber,
        ["Description"] = "Blikje op de grond gegooid.",
    };
}
