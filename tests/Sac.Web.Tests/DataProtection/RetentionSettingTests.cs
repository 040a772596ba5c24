using System.Net;
using System.Text.Json.Nodes;
using Sac.Testing;
using Sac.Web.Tests.Browser;
using Sac.Web.Tests.Support;

namespace Sac.Web.Tests.DataProtection;

/// <summary>The retention period is a municipality setting: five years by default, 1 to 30, kept when a request leaves it out.</summary>
public sealed class RetentionSettingTests(SacAppFactory app) : IClassFixture<SacAppFactory>
{
    private const string Liege = "62063";

    private static JsonObject LiegeSettings(int? retentionYears)
    {
        var body = new JsonObject { ["minorsMinimumAge"] = null, ["caps2024AdoptedOn"] = "2024-06-01", ["adultMediationOffered"] = false, ["paymentTermDays"] = 30 };
        if (retentionYears is { } years)
        {
            body["retentionYears"] = years;
        }

        return body;
    }

    [Fact]
    public async Task The_demo_municipalities_keep_personal_data_five_years()
    {
        using var admin = app.CreateApiClient(DemoTokens.Admin);

        var gent = await admin.GetOkJsonAsync("/api/v1/municipalities/44021");

        Assert.Equal(5, gent["settings"]!["retentionYears"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_council_sets_seven_years_and_a_change_that_leaves_it_out_keeps_them()
    {
        using var admin = app.CreateApiClient(DemoTokens.Admin);

        using (var set = await admin.PutJsonAsync(MunicipalityRequests.Settings(Liege), LiegeSettings(7)))
        {
            await set.AssertStatusAsync(HttpStatusCode.OK);
            Assert.Equal(7, (await set.ReadJsonAsync())["settings"]!["retentionYears"]!.GetValue<int>());
        }

        using var without = await admin.PutJsonAsync(MunicipalityRequests.Settings(Liege), LiegeSettings(null));

        await without.AssertStatusAsync(HttpStatusCode.OK);
        Assert.Equal(7, (await admin.GetOkJsonAsync($"/api/v1/municipalities/{Liege}"))["settings"]!["retentionYears"]!.GetValue<int>());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(31)]
    public async Task Fewer_than_1_or_more_than_30_years_is_400_on_retentionYears(int years)
    {
        using var admin = app.CreateApiClient(DemoTokens.Admin);

        using var response = await admin.PutJsonAsync(MunicipalityRequests.Settings("21004"), LiegeSettings(years));

        await ProblemAssert.ValidationAsync(response, "retentionYears");
    }

    [Theory]
    [InlineData("nl-BE", "Bewaartermijn van persoonsgegevens", "5 jaar")]
    [InlineData("fr-BE", "Durée de conservation des données personnelles", "5 an(s)")]
    public async Task The_settings_page_explains_the_retention_period(string culture, string label, string value)
    {
        var admin = await BrowserSession.SignedInAsync(app, "admin@demo.sac", "Demo-Admin-2025!", culture);

        var details = WebUtility.HtmlDecode(await admin.GetPageAsync("/Municipalities/Details/44021"));
        var form = WebUtility.HtmlDecode(await admin.GetPageAsync("/Municipalities/EditSettings/44021"));

        Assert.Contains(label, details, StringComparison.Ordinal);
        Assert.Contains(value, details, StringComparison.Ordinal);
        Assert.Contains("name=\"RetentionYears\"", form, StringComparison.Ordinal);
        Assert.Contains(culture == "nl-BE" ? "de wet gaat uit van 5 jaar" : "la loi prévoit 5 ans", form, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_settings_form_saves_the_retention_period()
    {
        var admin = await BrowserSession.SignedInAsync(app, "admin@demo.sac", "Demo-Admin-2025!");

        using var saved = await admin.PostFormAsync("/Municipalities/EditSettings/21004", new()
        {
            ["MinorsMinimumAge"] = "16",
            ["AdultMediationOffered"] = "true",
            ["PaymentTermDays"] = "30",
            ["RetentionYears"] = "10",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        using var api = app.CreateApiClient(DemoTokens.Admin);
        Assert.Equal(10, (await api.GetOkJsonAsync("/api/v1/municipalities/21004"))["settings"]!["retentionYears"]!.GetValue<int>());
    }
}
