using Sac.Testing;
using Sac.Web.Tests.Support;

namespace Sac.Web.Tests.Scenarios;

/// <summary>S10 and S11 in Gent (minors from 14): the age is counted on the facts date, the birthday itself included.</summary>
public sealed class MinimumAgeTests(July2024AppFactory factory) : IClassFixture<July2024AppFactory>
{
    [Fact]
    public async Task S10_thirteen_on_the_day_before_the_fourteenth_birthday()
    {
        using var finder = factory.CreateApiClient(DemoTokens.Finder);

        var created = await finder.RecordAsync(FindingRequests.Finding("44021", "LITTER", "2024-06-14T16:00:00+02:00", FindingRequests.PersonByName("De Smet", "Finn", "2010-06-15")));

        Assert.Equal(13, created["offender"]!["ageAtFacts"]!.GetValue<int>());
        Assert.False(created["assessment"]!["sanctionable"]!.GetValue<bool>());
        Assert.Contains("UNDER_MINIMUM_AGE", created.Reasons());
        Assert.DoesNotContain("TIME_BARRED", created.Reasons());
    }

    [Fact]
    public async Task S11_fourteen_on_the_birthday_follows_the_minor_procedure()
    {
        using var finder = factory.CreateApiClient(DemoTokens.Finder);

        var created = await finder.RecordAsync(FindingRequests.Finding("44021", "LITTER", "2024-06-15T16:00:00+02:00", FindingRequests.PersonByName("De Smet", "Finn", "2010-06-15")));

        Assert.Equal(14, created["offender"]!["ageAtFacts"]!.GetValue<int>());
        Assert.True(created["offender"]!["isMinor"]!.GetValue<bool>());
        var assessment = created["assessment"]!;
        Assert.True(assessment["sanctionable"]!.GetValue<bool>());
        Assert.Empty(created.Reasons());
        Assert.Equal(175m, assessment["maximumFine"]!.GetValue<decimal>());
        Assert.True(assessment["mediationMustBeOffered"]!.GetValue<bool>());
        Assert.Equal(15, assessment["maximumCommunityServiceHours"]!.GetValue<int>());
    }
}
