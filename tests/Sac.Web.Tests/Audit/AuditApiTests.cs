using System.Net;
using System.Text;
using Sac.Domain.Audit;
using Sac.Testing;
using Sac.Web.Tests.Support;

namespace Sac.Web.Tests.Audit;

/// <summary>GET /api/v1/audit/entries and /registry-access: auditors only, their municipalities only, filtered, paged, CSV.</summary>
public sealed class AuditApiTests(SacAppFactory factory) : IClassFixture<SacAppFactory>
{
    public static TheoryData<string> Logs() => [AuditReading.Entries, AuditReading.RegistryAccess];

    public static TheoryData<string, string> OthersOnEachLog()
    {
        var data = new TheoryData<string, string>();
        foreach (var log in new[] { AuditReading.Entries, AuditReading.RegistryAccess })
        {
            foreach (var token in new[] { DemoTokens.Finder, DemoTokens.Official, DemoTokens.Admin, DemoTokens.Outsider })
            {
                data.Add(log, token);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Logs))]
    public async Task Without_a_token_is_401(string log)
    {
        using var anonymous = factory.CreateApiClient(null);

        using var response = await anonymous.GetAsync(log);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(OthersOnEachLog))]
    public async Task Anyone_but_an_auditor_gets_403(string log, string token)
    {
        using var client = factory.CreateApiClient(token);

        using var csv = await client.GetAsync(log + "?format=csv");
        using var json = await client.GetAsync(log);

        Assert.Equal(HttpStatusCode.Forbidden, json.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, csv.StatusCode);
    }

    [Fact]
    public async Task A_finding_is_in_the_trail_with_who_when_and_after()
    {
        var opened = await factory.RecordCaseAsync(FindingRequests.Example(FindingRequests.NewExternalId("audit")));

        var created = (await factory.EntriesAboutAsync(opened.Id())).Single(AuditAction.CaseCreated);

        Assert.Equal("finder@demo.sac", created["user"]!.GetValue<string>());
        Assert.Equal(["Finder"], created["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal("44021", created["municipality"]!.GetValue<string>());
        Assert.Equal("Case", created["subject"]!.GetValue<string>());
        Assert.Equal(opened["number"]!.GetValue<string>(), created["subjectLabel"]!.GetValue<string>());
        Assert.Equal("Registered", created["after"]!["status"]!.GetValue<string>());
        Assert.Null(created["before"]);
        Assert.Equal(factory.Now, created["at"]!.GetValue<DateTimeOffset>());

        // The case number finds it too.
        Assert.Single(await factory.EntriesAboutAsync(opened["number"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Filters_by_action_user_and_day()
    {
        var opened = await factory.RecordCaseAsync(FindingRequests.Example(FindingRequests.NewExternalId("filters")));
        var id = opened.Id();

        Assert.Single(await factory.EntriesAboutAsync(id, "&action=CaseCreated&user=FINDER@demo.sac"));
        Assert.Empty(await factory.EntriesAboutAsync(id, "&action=NoticeSent"));
        Assert.Empty(await factory.EntriesAboutAsync(id, "&user=official@demo.sac"));
        Assert.Single(await factory.EntriesAboutAsync(id, "&from=2025-03-10&to=2025-03-10"));
        Assert.Empty(await factory.EntriesAboutAsync(id, "&from=2025-03-11"));
        Assert.Empty(await factory.EntriesAboutAsync(id, "&to=2025-03-09"));
    }

    [Fact]
    public async Task Pages_newest_first()
    {
        using var auditor = factory.CreateApiClient(DemoTokens.Auditor);
        await factory.RecordCaseAsync(FindingRequests.Example(FindingRequests.NewExternalId("paged")));

        var first = await auditor.GetOkJsonAsync($"{AuditReading.Entries}?page=1&pageSize=2");
        var second = await auditor.GetOkJsonAsync($"{AuditReading.Entries}?page=2&pageSize=2");

        var ids = first["items"]!.AsArray().Concat(second["items"]!.AsArray()).Select(e => e!["id"]!.GetValue<long>()).ToList();
        Assert.Equal(4, ids.Distinct().Count());
        Assert.Equal(ids.OrderDescending(), ids);
        Assert.True(first["total"]!.GetValue<int>() >= 4);
    }

    [Fact]
    public async Task An_auditor_sees_nothing_of_a_municipality_not_theirs()
    {
        var antwerp = await factory.RecordCaseAsync(
            FindingRequests.Finding("11002", "LITTER", "2025-03-01T22:15:00+01:00", FindingRequests.PersonByName("Janssens", "Piet", "1980-01-01")),
            DemoTokens.Outsider);
        using var auditor = factory.CreateApiClient(DemoTokens.Auditor);

        Assert.Empty(await factory.EntriesAboutAsync(antwerp.Id()));
        var asked = await auditor.GetOkJsonAsync($"{AuditReading.Entries}?municipality=11002");
        Assert.Equal(0, asked["total"]!.GetValue<int>());

        // The outsider signs in in Antwerpen only: their token, seeded, is not the auditor's to see either.
        Assert.Empty(await factory.EntriesAboutAsync("outsider@demo.sac"));
        Assert.Contains(AuditAction.ApiTokenCreated, (await factory.EntriesAboutAsync("finder@demo.sac")).Actions());
    }

    [Fact]
    public async Task Csv_is_semicolon_separated_utf8_with_a_byte_order_mark()
    {
        var opened = await factory.RecordCaseAsync(FindingRequests.Example(FindingRequests.NewExternalId("csv")));
        using var auditor = factory.CreateApiClient(DemoTokens.Auditor);
        auditor.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-BE");

        using var response = await auditor.GetAsync($"{AuditReading.Entries}?format=csv&subject={opened.Id()}");

        await response.AssertStatusAsync(HttpStatusCode.OK);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("Moment;Utilisateur;Rôles;Action;", lines[0], StringComparison.Ordinal);
        Assert.Contains(";CaseCreated;44021;Case;", lines[1], StringComparison.Ordinal);
        Assert.Contains(opened["number"]!.GetValue<string>(), lines[1], StringComparison.Ordinal);
        Assert.StartsWith("2025-03-10 10:00:00;finder@demo.sac;Finder;", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_format_or_filter_value_is_400()
    {
        using var auditor = factory.CreateApiClient(DemoTokens.Auditor);

        using var format = await auditor.GetAsync($"{AuditReading.Entries}?format=xml");
        using var outcome = await auditor.GetAsync($"{AuditReading.RegistryAccess}?outcome=Maybe");
        using var range = await auditor.GetAsync($"{AuditReading.Entries}?from=2025-03-02&to=2025-03-01");
        using var size = await auditor.GetAsync($"{AuditReading.RegistryAccess}?pageSize=1000");

        await ProblemAssert.WithCodeAsync(format, HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        await ProblemAssert.WithCodeAsync(outcome, HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        await ProblemAssert.WithCodeAsync(range, HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        await ProblemAssert.WithCodeAsync(size, HttpStatusCode.BadRequest, "VALIDATION_FAILED");
    }
}
