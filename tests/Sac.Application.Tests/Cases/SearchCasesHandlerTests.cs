using Sac.Application.Cases.SearchCases;
using Sac.Application.Tests.Fakes;
using Sac.Application.Tests.TestData;

namespace Sac.Application.Tests.Cases;

public sealed class SearchCasesHandlerTests
{
    private readonly FakeCaseReadService reads = new();

    // 23:30 UTC on 9 March is already 10 March in Brussels.
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider clock = TestClock.At("2025-03-09T23:30:00+00:00");

    [Fact]
    public async Task Handle_PlacesTheTimeBarWindowFromTodayInBrussels()
    {
        var criteria = await Search(new SearchCasesQuery(Queue: WorkQueue.TimeBarRisk));

        Assert.Equal(WorkQueue.TimeBarRisk, criteria.Queue);
        Assert.Equal(new DateOnly(2025, 3, 10), criteria.Today);
    }

    [Fact]
    public async Task Handle_WithoutMunicipality_SearchesAllTheUsersMunicipalities()
    {
        var criteria = await Search(new SearchCasesQuery());

        Assert.Equal(
            [DemoMunicipalities.BrusselNis, DemoMunicipalities.GentNis, DemoMunicipalities.LiegeNis],
            criteria.Municipalities.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Handle_OwnMunicipality_SearchesOnlyThatOne()
    {
        var criteria = await Search(new SearchCasesQuery(Municipality: DemoMunicipalities.GentNis));

        Assert.Equal([DemoMunicipalities.GentNis], criteria.Municipalities);
    }

    [Fact]
    public async Task Handle_ForeignMunicipality_SearchesNoMunicipalityAtAll()
    {
        var criteria = await Search(new SearchCasesQuery(Municipality: DemoMunicipalities.AntwerpenNis));

        Assert.Empty(criteria.Municipalities);
    }

    [Theory]
    [InlineData("88.02.29-999.90")]
    [InlineData(" 88 02 29 999 90 ")]
    [InlineData("88022999990")]
    public async Task Handle_FormattedNationalRegisterNumber_IsNormalisedToItsDigits(string typed)
    {
        var criteria = await Search(new SearchCasesQuery(NationalRegisterNumber: typed));

        Assert.Equal("88022999990", criteria.NationalRegisterNumber);
    }

    [Theory]
    [InlineData("1-abc-123")]
    [InlineData("1 ABC 123")]
    [InlineData("1.ABC.123")]
    public async Task Handle_PlateWithSeparators_IsNormalisedToUppercaseLettersAndDigits(string typed)
    {
        var criteria = await Search(new SearchCasesQuery(Plate: typed));

        Assert.Equal("1ABC123", criteria.Plate);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Handle_BlankIdentifiers_AreNoFilter(string? blank)
    {
        var criteria = await Search(new SearchCasesQuery(NationalRegisterNumber: blank, Plate: blank));

        Assert.Null(criteria.NationalRegisterNumber);
        Assert.Null(criteria.Plate);
    }

    [Fact]
    public async Task Handle_OtherFilters_ArePassedOnUnchanged()
    {
        var query = new SearchCasesQuery(
            Status: Sac.Domain.Cases.CaseStatus.NoticeSent, FactsFrom: new DateOnly(2025, 1, 1), FactsTo: new DateOnly(2025, 3, 31), Page: 3, PageSize: 20);

        var criteria = await Search(query);

        Assert.Equal(Sac.Domain.Cases.CaseStatus.NoticeSent, criteria.Status);
        Assert.Equal(new DateOnly(2025, 1, 1), criteria.FactsFrom);
        Assert.Equal(new DateOnly(2025, 3, 31), criteria.FactsTo);
        Assert.Equal(3, criteria.Page);
        Assert.Equal(20, criteria.PageSize);
    }

    private async Task<CaseSearchCriteria> Search(SearchCasesQuery query)
    {
        var result = await new SearchCasesHandler(FakeCurrentUser.Official(), reads, clock).Handle(query, CancellationToken.None);
        Assert.True(result.IsSuccess);
        return reads.LastCriteria!;
    }
}
