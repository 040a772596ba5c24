using Sac.Testing;
using Sac.Web.Tests.Support;

namespace Sac.Web.Tests.Hostile;

/// <summary>Issue 6: every input of <see cref="HostileFindings"/> is a 4xx problem, and no case is stored.</summary>
public sealed class HostileFindingTests(SacAppFactory factory) : IClassFixture<SacAppFactory>
{
    public static TheoryData<string> Inputs => HostileFindings.Keys();

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task Is_refused_and_nothing_is_stored(string input)
    {
        using var finder = factory.CreateApiClient(DemoTokens.Finder);
        var before = factory.StoredCases();

        using var response = await finder.PostAsync(FindingRequests.Path, HostileFindings.Get(input).ToContent());

        await HostileAssert.RefusedAsync(response);
        Assert.Equal(before, factory.StoredCases());
    }
}
