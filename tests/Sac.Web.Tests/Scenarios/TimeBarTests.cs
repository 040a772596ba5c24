using Sac.Testing;
using Sac.Web.Tests.Support;

namespace Sac.Web.Tests.Scenarios;

/// <summary>S21: facts and finding on 2024-01-10; a fine is possible up to 2024-07-10 and no longer from 2024-07-11.</summary>
public sealed class TimeBarTests
{
    [Fact]
    public async Task Not_time_barred_on_the_last_day()
    {
        var reasons = await ReasonsOnAsync(new DateTimeOffset(2024, 7, 10, 12, 0, 0, TimeSpan.FromHours(2)));

        Assert.DoesNotContain("TIME_BARRED", reasons);
    }

    [Fact]
    public async Task Time_barred_on_the_day_after()
    {
        var reasons = await ReasonsOnAsync(new DateTimeOffset(2024, 7, 11, 12, 0, 0, TimeSpan.FromHours(2)));

        Assert.Contains("TIME_BARRED", reasons);
    }

    private static async Task<IReadOnlyList<string>> ReasonsOnAsync(DateTimeOffset now)
    {
        using var factory = new SacAppFactory { Now = now };
        using var finder = factory.CreateApiClient(DemoTokens.Finder);
        var created = await finder.RecordAsync(FindingRequests.Finding("44021", "LITTER", "2024-01-10T14:00:00+01:00", FindingRequests.PersonByNumber(NationalNumbers.Unique(new DateOnly(1980, 4, 20)))));
        Assert.Equal("2024-07-10", created["deadlines"]!["decision"]!.GetValue<string>());
        var read = await finder.GetOkJsonAsync($"/api/v1/cases/{created.Id()}");
        Assert.Equal(read.Reasons().Contains("TIME_BARRED"), !read["assessment"]!["sanctionable"]!.GetValue<bool>());
        return read.Reasons();
    }
}
