using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Sac.Testing;
using Sac.Web.Tests.Hostile;

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

    [Fact]
    public async Task A_photo_taken_with_the_finding_is_kept_and_listed_on_the_case_for_the_official()
    {
        var finder = await BrowserSession.SignedInAsync(app, "finder@demo.sac", "Demo-Finder-2025!");
        var photo = SampleFiles.Jpeg("the can on the ground");
        var form = await finder.GetPageAsync("/Findings/New");

        var posted = await finder.PostMultipartAsync(
            "/Findings/New", "/Findings/New", Finding(nationalRegisterNumber: "88022999990"), [("Photos", "blikje.jpg", "image/jpeg", photo)]);

        Assert.Matches(@"<form[^>]*enctype=""multipart/form-data""[^>]*id=""finding-form""", form);
        Assert.Matches(@"<input[^>]*type=""file""[^>]*accept=""image/\*""[^>]*capture=""environment""[^>]*multiple", form);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var caseId = posted.Headers.Location!.OriginalString.Split('/')[^1];
        var official = await BrowserSession.SignedInAsync(app, CaseSteps.Official, CaseSteps.OfficialPassword);
        var page = WebUtility.HtmlDecode(await official.GetPageAsync(CaseSteps.Page(caseId)));
        Assert.Matches(@"data-document-kind=""EvidencePhoto""[\s\S]*?>blikje\.jpg<", page);
        Assert.Contains($"title=\"{Convert.ToHexStringLower(SHA256.HashData(photo))}\"", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nl-BE", "Dit bestand is geen aanvaard type, of niet het type dat het zegt te zijn.")]
    [InlineData("fr-BE", "Ce fichier n'est pas d'un type accepté, ou n'est pas du type qu'il annonce.")]
    public async Task A_fake_photo_is_shown_next_to_the_photos_in_the_users_language_and_nothing_is_stored(string culture, string message)
    {
        var finder = await BrowserSession.SignedInAsync(app, "finder@demo.sac", "Demo-Finder-2025!", culture);
        var before = app.StoredCases();

        var posted = await finder.PostMultipartAsync(
            "/Findings/New", "/Findings/New", Finding(nationalRegisterNumber: "88022999990"),
            [("Photos", "blikje.jpg", "image/jpeg", SampleFiles.Jpeg("a real one")), ("Photos", "page.jpg", "image/jpeg", "<html><script>alert(1)</script>"u8.ToArray())]);

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var html = WebUtility.HtmlDecode(await posted.Content.ReadAsStringAsync());
        Assert.Contains("input-validation-error", Regex.Match(html, @"<input[^>]*id=""Photos""[^>]*>").Value, StringComparison.Ordinal);
        Assert.Matches($@"field-validation-error[^>]*>\s*{Regex.Escape(message)}", html);
        Assert.Equal(before, app.StoredCases());
    }

    internal static Dictionary<string, string> Finding(string nationalRegisterNumber) => new()
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
