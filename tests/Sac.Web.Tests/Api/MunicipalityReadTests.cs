using System.Net;
using Sac.Testing;
using Sac.Web.Tests.Support;

namespace Sac.Web.Tests.Api;

/// <summary>GET /api/v1/municipalities/{nis} (role MunicipalAdmin): the demo settings and regulation of api-v1.md.</summary>
public sealed class MunicipalityReadTests(SacAppFactory factory) : IClassFixture<SacAppFactory>
{
    [Fact]
    public async Task Gent_has_the_demo_settings()
    {
        using var admin = factory.CreateApiClient(DemoTokens.Admin);

        var gent = await admin.GetOkJsonAsync("/api/v1/municipalities/44021");

        var settings = gent["settings"]!;
        Assert.Equal(14, settings["minorsMinimumAge"]!.GetValue<int>());
        Assert.Equal("2024-03-01", settings["caps2024AdoptedOn"]!.GetValue<string>());
        Assert.True(settings["adultMediationOffered"]!.GetValue<bool>());
        Assert.Equal(30, settings["paymentTermDays"]!.GetValue<int>());
    }

    [Fact]
    public async Task Gent_has_the_demo_regulation_of_nine_infractions()
    {
        using var admin = factory.CreateApiClient(DemoTokens.Admin);

        var regulation = (await admin.GetOkJsonAsync("/api/v1/municipalities/44021"))["regulation"]!.AsArray();

        Assert.Equal(
            ["BINS-WRONG-DAY", "DOG-FOULING", "GRAFFITI", "INSULT", "LITTER", "NIGHT-NOISE", "PARK-CYCLE-PATH", "PARK-PROHIBITED", "URINATE"],
            regulation.Select(i => i!["code"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        var litter = regulation.Single(i => i!["code"]!.GetValue<string>() == "LITTER")!;
        Assert.Equal("PureAdministrative", litter["category"]!.GetValue<string>());
        Assert.Equal(50m, litter["minimumAmount"]!.GetValue<decimal>());
        Assert.Equal(350m, litter["maximumAmount"]!.GetValue<decimal>());
        Assert.Equal(100m, litter["defaultAmount"]!.GetValue<decimal>());
        Assert.True(litter["minorsAllowed"]!.GetValue<bool>());
        Assert.Equal("2014-01-01", litter["validFrom"]!.GetValue<string>());
        var parking = regulation.Single(i => i!["code"]!.GetValue<string>() == "PARK-CYCLE-PATH")!;
        Assert.Equal("Parking2", parking["category"]!.GetValue<string>());
        Assert.Null(parking["maximumAmount"]);
    }

    [Fact]
    public async Task Official_may_not_read_the_configuration()
    {
        using var official = factory.CreateApiClient(DemoTokens.Official);

        using var response = await official.GetAsync("/api/v1/municipalities/44021");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("11002")]
    [InlineData("99999")]
    public async Task Municipality_the_admin_does_not_serve_or_that_does_not_exist_is_404(string nis)
    {
        using var admin = factory.CreateApiClient(DemoTokens.Admin);

        using var response = await admin.GetAsync($"/api/v1/municipalities/{nis}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
