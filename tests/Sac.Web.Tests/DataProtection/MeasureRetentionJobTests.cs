using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Sac.Infrastructure.Jobs;
using Sac.Testing;
using Sac.Web.Tests.Support;
using static Sac.Web.Tests.Measures.MeasureRequests;

namespace Sac.Web.Tests.DataProtection;

/// <summary>
/// The nightly job on the real database, Gent keeping five years: a college sanction never decided, recorded on 10 March
/// 2025, keeps its holder through 10 March 2030; a place ban ending on 31 March 2025 keeps its person through 31 March
/// 2030. Each loses its personal data and its letters the day after, once, with an audit entry; the DPO then finds neither.
/// </summary>
public sealed class MeasureRetentionJobTests
{
    private static readonly DateTimeOffset SanctionsLastDayKept = new(2030, 3, 10, 10, 0, 0, TimeSpan.FromHours(1));
    private static readonly DateTimeOffset BansLastDayKept = new(2030, 3, 31, 10, 0, 0, TimeSpan.FromHours(2));

    [Fact]
    public async Task A_measure_is_anonymised_the_day_after_its_period_with_its_letters_deleted_and_audited()
    {
        using var folder = new TemporaryFolder();
        var number = NationalNumbers.Unique(new DateOnly(1988, 2, 29));
        string sanctionId, banId, letterId;
        await using (var now = new SacAppOnFolder(folder.Path))
        {
            using var admin = now.CreateApiClient(DemoTokens.Admin);
            sanctionId = await admin.CreateAsync("/api/v1/college-sanctions", SanctionOf(number));
            var body = PlaceBan();
            body["person"]!["number"] = number;
            banId = await admin.CreateAsync("/api/v1/place-bans", body);
            var ban = await admin.StepAsync($"/api/v1/place-bans/{banId}/periods", Dates(("decidedOn", "2025-03-01"), ("startsOn", "2025-03-01"), ("endsOn", "2025-03-31")));
            letterId = Assert.Single(ban["documents"]!.AsArray())!["id"]!.GetValue<string>();

            using var auditor = now.CreateApiClient(DemoTokens.Auditor);
            var report = await auditor.GetOkJsonAsync($"/api/v1/data-protection/subjects/{number}");
            Assert.Equal(sanctionId, Assert.Single(report["collegeSanctions"]!.AsArray())!["id"]!.GetValue<string>());
            Assert.Equal(banId, Assert.Single(report["placeBans"]!.AsArray())!["id"]!.GetValue<string>());
        }

        await using (var lastDay = new SacAppOnFolder(folder.Path) { Now = SanctionsLastDayKept })
        {
            await RunAsync(lastDay);
            Assert.Equal("Els Janssens", (await ReadAsync(lastDay, $"college-sanctions/{sanctionId}"))["holder"]!["name"]!.GetValue<string>());
        }

        await using (var dayAfter = new SacAppOnFolder(folder.Path) { Now = SanctionsLastDayKept.AddDays(1) })
        {
            await RunAsync(dayAfter);
            var sanction = await ReadAsync(dayAfter, $"college-sanctions/{sanctionId}");
            Assert.Equal("2030-03-11", sanction["anonymisedOn"]!.GetValue<string>());
            Assert.Equal(string.Empty, sanction["holder"]!["name"]!.GetValue<string>());
            Assert.Null(sanction["holder"]!["number"]);
            Assert.Equal(string.Empty, sanction["subject"]!.GetValue<string>());
            Assert.Null((await ReadAsync(dayAfter, $"place-bans/{banId}"))["anonymisedOn"]);
        }

        await using var afterBan = new SacAppOnFolder(folder.Path) { Now = BansLastDayKept.AddDays(1) };
        await RunAsync(afterBan);
        var anonymised = await ReadAsync(afterBan, $"place-bans/{banId}");
        await RunAsync(afterBan);
        var again = await ReadAsync(afterBan, $"place-bans/{banId}");

        Assert.Equal("2030-04-01", anonymised["anonymisedOn"]!.GetValue<string>());
        Assert.Equal(string.Empty, anonymised["person"]!["name"]!.GetValue<string>());
        Assert.Null(anonymised["person"]!["number"]);
        Assert.Null(anonymised["person"]!["street"]);
        Assert.Equal(string.Empty, anonymised["grounds"]!.GetValue<string>());
        Assert.Equal("Korenmarkt en Graslei", anonymised["place"]!.GetValue<string>());
        Assert.Equal("2025-03-31", anonymised["endsOn"]!.GetValue<string>());
        Assert.Empty(anonymised["documents"]!.AsArray());
        Assert.Equal(anonymised["version"]!.GetValue<int>(), again["version"]!.GetValue<int>());
        using var admin2030 = afterBan.CreateApiClient(DemoTokens.Admin);
        using (var letter = await admin2030.GetAsync($"/api/v1/measure-documents/{letterId}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, letter.StatusCode);
        }

        using var auditor2030 = afterBan.CreateApiClient(DemoTokens.Auditor);
        var entry = Assert.Single(
            (await auditor2030.GetOkJsonAsync($"/api/v1/audit/entries?subject={banId}"))["items"]!.AsArray(),
            e => e!["action"]!.GetValue<string>() == "MeasureAnonymised")!;
        Assert.Equal((3, 1), (entry["after"]!["version"]!.GetValue<int>(), entry["after"]!["lettersDeleted"]!.GetValue<int>()));
        Assert.Equal("Sac", entry["user"]!.GetValue<string>());
        var report2030 = await auditor2030.GetOkJsonAsync($"/api/v1/data-protection/subjects/{number}");
        Assert.Empty(report2030["collegeSanctions"]!.AsArray());
        Assert.Empty(report2030["placeBans"]!.AsArray());
    }

    private static JsonObject SanctionOf(string number)
    {
        var body = CollegeSanction();
        body["holder"] = new JsonObject
        {
            ["kind"] = "Person", ["name"] = "Els Janssens", ["number"] = number, ["street"] = "Veldstraat", ["houseNumber"] = "2",
            ["postalCode"] = "9000", ["city"] = "Gent", ["language"] = "nl",
        };
        return body;
    }

    private static async Task RunAsync(SacAppOnFolder app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RetentionJobs>().AnonymiseExpiredAsync(CancellationToken.None);
    }

    private static async Task<JsonNode> ReadAsync(SacAppOnFolder app, string path)
    {
        using var admin = app.CreateApiClient(DemoTokens.Admin);
        return await admin.GetOkJsonAsync($"/api/v1/{path}");
    }
}
