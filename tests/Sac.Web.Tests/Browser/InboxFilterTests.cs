using System.Net;
using Sac.Testing;

namespace Sac.Web.Tests.Browser;

/// <summary>A filter of the inbox that cannot be what it says is named as the mistake, in the official's language, instead of an empty list.</summary>
public sealed class InboxFilterTests(SacAppFactory app) : IClassFixture<SacAppFactory>
{
    [Theory]
    [InlineData("nl-BE", "NationalRegisterNumber=85073003329", "Dit is geen geldig rijksregisternummer.")]
    [InlineData("fr-BE", "NationalRegisterNumber=85073003329", "Ce numéro de registre national n'est pas valide.")]
    [InlineData("nl-BE", "Municipality=4402", "Een NIS-code telt 5 cijfers.")]
    [InlineData("fr-BE", "Plate=%3Cb%3E1-ABC-123", "Cette plaque d'immatriculation a un format inconnu.")]
    public async Task A_malformed_filter_is_shown_as_a_field_error(string culture, string query, string message)
    {
        var official = await BrowserSession.SignedInAsync(app, CaseSteps.Official, CaseSteps.OfficialPassword, culture);

        var page = WebUtility.HtmlDecode(await official.GetPageAsync($"/Cases?{query}"));

        Assert.Contains(message, page, StringComparison.Ordinal);
        Assert.DoesNotContain("<tr data-case-number=", page, StringComparison.Ordinal);
    }
}
