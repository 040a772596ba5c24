using System.Net;
using System.Text.Json.Nodes;
using Sac.Testing;
using Sac.Web.Tests.Support;

namespace Sac.Web.Tests.Api;

/// <summary>Refused changes of a municipality's configuration: wrong role, wrong municipality, invalid values. Nothing changes.</summary>
public sealed class MunicipalityRefusedChangeTests(SacAppFactory factory) : IClassFixture<SacAppFactory>
{
    [Fact]
    public async Task Minors_minimum_age_other_than_14_or_16_is_400()
    {
        using var admin = factory.CreateApiClient(DemoTokens.Admin);

        using var response = await admin.PutJsonAsync(MunicipalityRequests.Settings("44021"), MunicipalityRequests.GentSettings(15));

        await ProblemAssert.ValidationAsync(response, "minorsMinimumAge");
        Assert.Equal(14, (await admin.GetOkJsonAsync("/api/v1/municipalities/44021"))["settings"]!["minorsMinimumAge"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("adultMediationOffered")]
    [InlineData("paymentTermDays")]
    public async Task A_missing_choice_is_400_not_a_silent_default(string field)
    {
        using var admin = factory.CreateApiClient(DemoTokens.Admin);
        var settings = MunicipalityRequests.GentSettings(14);
        settings.Remove(field);

        using var response = await admin.PutJsonAsync(MunicipalityRequests.Settings("44021"), settings);

        await ProblemAssert.ValidationAsync(response, field);
    }

    [Fact]
    public async Task Minimum_above_maximum_is_400()
    {
        using var admin = factory.CreateApiClient(DemoTokens.Admin);

        var infraction = MunicipalityRequests.Litter(300, 200, 250, "2025-01-01");
        infraction.Remove("defaultAmount");

        using var response = await admin.PutJsonAsync(MunicipalityRequests.Infraction("44021", "LITTER"), infraction);

        await ProblemAssert.ValidationAsync(response, "minimumAmount");
        var regulation = (await admin.GetOkJsonAsync("/api/v1/municipalities/44021"))["regulation"]!.AsArray();
        Assert.Equal(350m, regulation.Single(i => i!["code"]!.GetValue<string>() == "LITTER")!["maximumAmount"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task Official_may_not_change_settings()
    {
        using var official = factory.CreateApiClient(DemoTokens.Official);

        using var response = await official.PutJsonAsync(MunicipalityRequests.Settings("44021"), MunicipalityRequests.GentSettings(null));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Admin_may_not_change_a_municipality_they_do_not_serve()
    {
        using var admin = factory.CreateApiClient(DemoTokens.Admin);

        using var response = await admin.PutJsonAsync(MunicipalityRequests.Settings("11002"), new JsonObject
        {
            ["minorsMinimumAge"] = 14, ["caps2024AdoptedOn"] = null, ["adultMediationOffered"] = true, ["paymentTermDays"] = 30,
        });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
