using System.Net;
using System.Text.Json.Nodes;
using Sac.Domain.Audit;
using Sac.Testing;
using Sac.Web.Tests.Support;

namespace Sac.Web.Tests.Audit;

/// <summary>Settings, regulation and reasoning blocks in the audit trail, with only what changed (own database: they change Gent).</summary>
public sealed class RegulationAuditTests(SacAppFactory factory) : IClassFixture<SacAppFactory>
{
    [Fact]
    public async Task A_settings_change_keeps_only_the_changed_field()
    {
        using var admin = factory.CreateApiClient(DemoTokens.Admin);

        await (await admin.PutJsonAsync(MunicipalityRequests.Settings("44021"), MunicipalityRequests.GentSettings(16))).AssertStatusAsync(HttpStatusCode.OK);

        var changed = (await factory.EntriesAboutAsync("44021", "&action=SettingsChanged")).Single(AuditAction.SettingsChanged);
        Assert.Equal("admin@demo.sac", changed["user"]!.GetValue<string>());
        Assert.Equal("44021", changed["municipality"]!.GetValue<string>());
        Assert.Equal("""{"minorsMinimumAge":14}""", changed["before"]!.ToJsonString());
        Assert.Equal("""{"minorsMinimumAge":16}""", changed["after"]!.ToJsonString());
    }

    [Fact]
    public async Task A_new_version_of_an_infraction_is_defined_and_ends_the_old_one()
    {
        using var admin = factory.CreateApiClient(DemoTokens.Admin);

        await (await admin.PutJsonAsync(MunicipalityRequests.Infraction("21004", "LITTER"), MunicipalityRequests.Litter(60, 350, 120, "2025-04-01")))
            .AssertStatusAsync(HttpStatusCode.OK);

        var entries = await factory.EntriesAboutAsync("LITTER", "&municipality=21004&user=admin@demo.sac");
        var defined = entries.Single(AuditAction.InfractionDefined);
        Assert.Equal("2025-04-01", defined["after"]!["validFrom"]!.GetValue<string>());
        Assert.Equal(60, defined["after"]!["minimumAmount"]!.GetValue<decimal>());
        var ended = entries.Single(AuditAction.InfractionEnded);
        Assert.Equal("""{"validTo":null}""", ended["before"]!.ToJsonString());
        Assert.Equal("""{"validTo":"2025-03-31"}""", ended["after"]!.ToJsonString());
    }

    [Fact]
    public async Task A_reasoning_block_is_audited_when_created()
    {
        using var admin = factory.CreateApiClient(DemoTokens.Admin);
        var body = new JsonObject { ["topic"] = "General", ["title"] = "Audit test", ["textNl"] = "Tekst", ["textFr"] = "Texte" };

        using var response = await admin.PostJsonAsync("/api/v1/municipalities/62063/reasoning-blocks", body);

        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var created = (await factory.EntriesAboutAsync("Audit test")).Single(AuditAction.ReasoningBlockCreated);
        Assert.Equal("62063", created["municipality"]!.GetValue<string>());
        Assert.Equal("Tekst", created["after"]!["textNl"]!.GetValue<string>());
    }
}
