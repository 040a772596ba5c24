using Sac.Testing;
using Sac.Web.Tests.Support;

namespace Sac.Web.Tests.Scenarios;

/// <summary>S36: parking fines are fixed by law (art. 3,3°), and the maximum equals the fixed fine.</summary>
public sealed class ParkingTests(SacAppFactory factory) : IClassFixture<SacAppFactory>
{
    [Theory]
    [InlineData("PARK-CYCLE-PATH", "Parking2", 116)]
    [InlineData("PARK-PROHIBITED", "Parking1", 58)]
    public async Task Adult_parking_has_the_fixed_fine(string code, string category, decimal fine)
    {
        using var finder = factory.CreateApiClient(DemoTokens.Finder);

        var created = await finder.RecordAsync(FindingRequests.Finding("44021", code, "2025-02-10T09:00:00+01:00", FindingRequests.PersonByNumber(NationalNumbers.Unique(new DateOnly(1975, 11, 3)))));

        Assert.Equal(category, created["infraction"]!["category"]!.GetValue<string>());
        var assessment = created["assessment"]!;
        Assert.True(assessment["sanctionable"]!.GetValue<bool>());
        Assert.Equal(fine, assessment["fixedFine"]!.GetValue<decimal>());
        Assert.Equal(fine, assessment["maximumFine"]!.GetValue<decimal>());
        Assert.False(assessment["mediationMustBeOffered"]!.GetValue<bool>());
    }
}
