using Microsoft.Extensions.DependencyInjection;
using Sac.Application.Cases.SearchCases;
using Sac.Application.Common.Ports;
using Sac.Testing;
using Sac.Web.Tests.Support;

namespace Sac.Web.Tests.Api;

/// <summary>The inbox's capped count, on the real database: it stops at the cap and says there are more; the API's stays exact.</summary>
public sealed class CappedCountTests(SacAppFactory factory) : IClassFixture<SacAppFactory>
{
    private static readonly string[] Gent = ["44021"];

    [Fact]
    public async Task A_count_past_its_cap_stops_at_the_cap_and_says_there_are_more()
    {
        await RecordThreeCasesAsync();
        var exact = await SearchAsync(countAtMost: null, pageSize: 2);
        Assert.True(exact.Total >= 3, "the demo data and the findings recorded here give Gent at least three cases");
        Assert.False(exact.MoreThanTotal);

        var capped = await SearchAsync(countAtMost: exact.Total - 1, pageSize: 2);

        Assert.Equal(exact.Total - 1, capped.Total);
        Assert.True(capped.MoreThanTotal);
        Assert.Equal(exact.Items.Select(c => c.Id), capped.Items.Select(c => c.Id));
    }

    [Fact]
    public async Task A_count_within_its_cap_is_exact()
    {
        await RecordThreeCasesAsync();
        var exact = await SearchAsync(countAtMost: null, pageSize: 2);

        var capped = await SearchAsync(countAtMost: exact.Total, pageSize: 2);

        Assert.Equal(exact.Total, capped.Total);
        Assert.False(capped.MoreThanTotal);
    }

    private async Task RecordThreeCasesAsync()
    {
        for (var recorded = 0; recorded < 3; recorded++)
        {
            await factory.RecordCaseAsync(FindingRequests.Example(FindingRequests.NewExternalId("capped-count")));
        }
    }

    private async Task<Sac.Application.Common.PagedList<CaseSummary>> SearchAsync(int? countAtMost, int pageSize)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ICaseReadService>()
            .SearchAsync(new CaseSearchCriteria(Gent, null, null, null, null, null, null, 1, pageSize, new DateOnly(2025, 3, 10), countAtMost), CancellationToken.None);
    }
}
