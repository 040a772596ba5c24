using System.Text.Json.Nodes;
using Sac.Testing;
using Sac.Web.Tests.Support;

namespace Sac.Web.Tests.Scenarios;

/// <summary>
/// Recidivism through the API: an imported register entry for the same infraction code makes a new
/// finding a repeat offence; the 500 cap needs the municipality's adoption of the 2024 caps.
/// </summary>
public sealed class RecidivismTests(SacAppFactory factory) : IClassFixture<SacAppFactory>
{
    private const string FactsAt = "2025-03-01T22:15:00+01:00";

    [Fact]
    public async Task Gent_adopted_the_2024_caps_so_a_recidivist_may_be_fined_500()
    {
        await ImportLitterFineInGentAsync(NationalNumbers.Example);

        var created = await RecordLitterAsync(DemoTokens.Finder, "44021", NationalNumbers.Example);

        Assert.True(created["assessment"]!["isRecidivism"]!.GetValue<bool>());
        Assert.Equal(500m, created.MaximumFine());
    }

    [Fact]
    public async Task Brussels_did_not_adopt_the_2024_caps_so_a_recidivist_keeps_350()
    {
        await ImportLitterFineInGentAsync(NationalNumbers.Example);

        var created = await RecordLitterAsync(DemoTokens.Finder, "21004", NationalNumbers.Example);

        Assert.True(created["assessment"]!["isRecidivism"]!.GetValue<bool>());
        Assert.Equal(350m, created.MaximumFine());
    }

    [Fact]
    public async Task An_entry_of_Gent_counts_in_Liege_because_the_official_serves_both()
    {
        await ImportLitterFineInGentAsync(NationalNumbers.Example);

        var created = await RecordLitterAsync(DemoTokens.Admin, "62063", NationalNumbers.Example);

        Assert.True(created["assessment"]!["isRecidivism"]!.GetValue<bool>());
        Assert.Equal(500m, created.MaximumFine());
    }

    [Fact]
    public async Task S04_an_earlier_fine_for_another_infraction_is_not_recidivism()
    {
        var person = NationalNumbers.Unique(new DateOnly(1985, 8, 17));
        using var official = factory.CreateApiClient(DemoTokens.Official);
        await official.ImportAsync(RegisterRequests.Fine("44021", "GRAFFITI", person));

        var created = await RecordLitterAsync(DemoTokens.Finder, "44021", person, "2025-01-15T11:00:00+01:00");

        Assert.False(created["assessment"]!["isRecidivism"]!.GetValue<bool>());
        Assert.Equal(350m, created.MaximumFine());
    }

    [Fact]
    public async Task A_case_read_after_the_import_becomes_a_repeat_offence()
    {
        var person = NationalNumbers.Unique(new DateOnly(1979, 1, 30));
        var created = await RecordLitterAsync(DemoTokens.Finder, "44021", person);
        Assert.False(created["assessment"]!["isRecidivism"]!.GetValue<bool>());
        using var official = factory.CreateApiClient(DemoTokens.Official);
        await official.ImportAsync(RegisterRequests.Fine("44021", "LITTER", person));

        var read = await official.GetOkJsonAsync($"/api/v1/cases/{created.Id()}");

        Assert.True(read["assessment"]!["isRecidivism"]!.GetValue<bool>());
        Assert.Equal(500m, read.MaximumFine());
    }

    [Fact]
    public async Task An_entry_that_is_not_final_does_not_count()
    {
        var person = NationalNumbers.Unique(new DateOnly(1983, 10, 10));
        using var official = factory.CreateApiClient(DemoTokens.Official);
        var entry = RegisterRequests.Fine("44021", "LITTER", person);
        entry["final"] = false;
        await official.ImportAsync(entry);

        var created = await RecordLitterAsync(DemoTokens.Finder, "44021", person);

        Assert.False(created["assessment"]!["isRecidivism"]!.GetValue<bool>());
        Assert.Equal(350m, created.MaximumFine());
    }

    [Theory]
    [InlineData("2023-03-02", true)]
    [InlineData("2023-02-28", false)]
    public async Task Only_sanctions_of_the_24_months_before_the_finding_count(string decidedAt, bool isRecidivism)
    {
        var person = NationalNumbers.Unique(new DateOnly(1984, 4, 4));
        using var official = factory.CreateApiClient(DemoTokens.Official);
        await official.ImportAsync(RegisterRequests.Fine("44021", "LITTER", person, decidedAt));

        var created = await RecordLitterAsync(DemoTokens.Finder, "44021", person);

        Assert.Equal(isRecidivism, created["assessment"]!["isRecidivism"]!.GetValue<bool>());
        Assert.Equal(isRecidivism ? 500m : 350m, created.MaximumFine());
    }

    [Fact]
    public async Task A_minor_recidivist_keeps_the_minor_cap()
    {
        var person = NationalNumbers.Unique(new DateOnly(2009, 6, 1));
        using var official = factory.CreateApiClient(DemoTokens.Official);
        await official.ImportAsync(RegisterRequests.Fine("44021", "LITTER", person));

        var created = await RecordLitterAsync(DemoTokens.Finder, "44021", person);

        Assert.True(created["offender"]!["isMinor"]!.GetValue<bool>());
        Assert.True(created["assessment"]!["isRecidivism"]!.GetValue<bool>());
        Assert.Equal(175m, created.MaximumFine());
    }

    private async Task ImportLitterFineInGentAsync(string person)
    {
        using var official = factory.CreateApiClient(DemoTokens.Official);
        await official.ImportAsync(RegisterRequests.Fine("44021", "LITTER", person));
    }

    private async Task<JsonNode> RecordLitterAsync(string token, string municipality, string person, string factsAt = FactsAt)
    {
        using var client = factory.CreateApiClient(token);
        return await client.RecordAsync(FindingRequests.Finding(municipality, "LITTER", factsAt, FindingRequests.PersonByNumber(person)));
    }
}
