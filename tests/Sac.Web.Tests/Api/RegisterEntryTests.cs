using System.Net;
using Sac.Testing;
using Sac.Web.Tests.Support;

namespace Sac.Web.Tests.Api;

/// <summary>POST /api/v1/register-entries: role SanctioningOfficial, 201, field errors as 400.</summary>
public sealed class RegisterEntryTests(SacAppFactory factory) : IClassFixture<SacAppFactory>
{
    [Fact]
    public async Task Official_imports_an_entry()
    {
        using var official = factory.CreateApiClient(DemoTokens.Official);

        using var response = await official.PostJsonAsync(RegisterRequests.Path, RegisterRequests.Fine("44021", "LITTER", NationalNumbers.Example));

        await response.AssertStatusAsync(HttpStatusCode.Created);
        var body = await response.ReadJsonAsync();
        Assert.True(Guid.TryParse(body["id"]?.GetValue<string>(), out _), body.ToJsonString());
    }

    [Fact]
    public async Task Finder_may_not_import()
    {
        using var finder = factory.CreateApiClient(DemoTokens.Finder);

        using var response = await finder.PostJsonAsync(RegisterRequests.Path, RegisterRequests.Fine("44021", "LITTER", NationalNumbers.Example));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Outsider_may_not_import_into_Gent()
    {
        using var outsider = factory.CreateApiClient(DemoTokens.Outsider);

        using var response = await outsider.PostJsonAsync(RegisterRequests.Path, RegisterRequests.Fine("44021", "LITTER", NationalNumbers.Example));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Fine_without_amount_is_400_on_amount()
    {
        using var official = factory.CreateApiClient(DemoTokens.Official);
        var entry = RegisterRequests.Fine("44021", "LITTER", NationalNumbers.Example);
        entry.Remove("amount");

        using var response = await official.PostJsonAsync(RegisterRequests.Path, entry);

        await ProblemAssert.ValidationAsync(response, "amount");
    }

    [Fact]
    public async Task Unknown_infraction_is_400_on_infractionCode()
    {
        using var official = factory.CreateApiClient(DemoTokens.Official);

        using var response = await official.PostJsonAsync(RegisterRequests.Path, RegisterRequests.Fine("44021", "JAYWALKING", NationalNumbers.Example));

        await ProblemAssert.ValidationAsync(response, "infractionCode");
    }

    [Fact]
    public async Task Vehicle_is_not_an_identified_offender()
    {
        using var official = factory.CreateApiClient(DemoTokens.Official);
        var entry = RegisterRequests.Fine("44021", "LITTER", NationalNumbers.Example);
        entry["offender"] = FindingRequests.Vehicle("1-ABC-123", "BE");

        using var response = await official.PostJsonAsync(RegisterRequests.Path, entry);

        await ProblemAssert.ValidationAsync(response, "offender");
    }

    [Fact]
    public async Task Decision_in_the_future_is_400_on_decidedAt()
    {
        using var official = factory.CreateApiClient(DemoTokens.Official);

        using var response = await official.PostJsonAsync(RegisterRequests.Path, RegisterRequests.Fine("44021", "LITTER", NationalNumbers.Example, decidedAt: "2025-03-11"));

        await ProblemAssert.ValidationAsync(response, "decidedAt");
    }
}
