using Sac.Application.Cases.Collection;
using Sac.Application.Tests.Fakes;
using Sac.Application.Tests.TestData;

namespace Sac.Application.Tests.Cases;

public sealed class ListForCollectionHandlerTests
{
    private readonly FakeCaseReadService reads = new();

    public ListForCollectionHandlerTests()
    {
        reads.InCollection.Add(Line(DemoMunicipalities.GentNis, "44021-2025-000001"));
        reads.InCollection.Add(Line(DemoMunicipalities.BrusselNis, "21004-2025-000001"));
        reads.InCollection.Add(Line(DemoMunicipalities.AntwerpenNis, "11002-2025-000001"));
    }

    [Fact]
    public async Task NoMunicipalityAsked_EveryMunicipalityOfTheUser()
    {
        var lines = (await Handle(new ListForCollectionQuery())).Value;

        Assert.Equal(["21004", "44021", "62063"], reads.CollectionAskedFor!.Order(StringComparer.Ordinal));
        Assert.Equal(["21004-2025-000001", "44021-2025-000001"], lines.Select(l => l.CaseNumber).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task OneOfTheUsersMunicipalities_ThatOneOnly()
    {
        var lines = (await Handle(new ListForCollectionQuery(DemoMunicipalities.GentNis))).Value;

        Assert.Equal([DemoMunicipalities.GentNis], reads.CollectionAskedFor);
        Assert.Equal("44021-2025-000001", Assert.Single(lines).CaseNumber);
    }

    [Fact]
    public async Task AMunicipalityTheUserDoesNotWorkFor_Nothing()
    {
        var result = await Handle(new ListForCollectionQuery(DemoMunicipalities.AntwerpenNis));

        Assert.True(result.IsSuccess);
        Assert.Empty(result.Value);
        Assert.Empty(reads.CollectionAskedFor!);
    }

    private async Task<Sac.Domain.Common.Result<IReadOnlyList<CollectionLine>>> Handle(ListForCollectionQuery query) =>
        await new ListForCollectionHandler(FakeCurrentUser.Official(), reads).Handle(query, CancellationToken.None);

    private static CollectionLine Line(string municipality, string number) => new(
        Guid.NewGuid(), number, municipality, "Peeters Jan", "88022999990", null, "Veldstraat", "10", "9000", "Gent", "BE",
        new DateOnly(2025, 4, 10), new DateOnly(2025, 5, 17), new DateOnly(2025, 7, 24), 200m, 0m, 200m, "+++250/0000/00186+++");
}
