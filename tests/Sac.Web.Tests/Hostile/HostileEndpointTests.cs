using System.Text;
using System.Text.Json.Nodes;
using Sac.Testing;
using Sac.Web.Tests.Support;

namespace Sac.Web.Tests.Hostile;

/// <summary>Issue 6 beyond findings: bad bodies for a procedure step and a municipality's settings, bad case-search queries.</summary>
public sealed class HostileEndpointTests(SacAppFactory factory) : IClassFixture<SacAppFactory>
{
    private const string GentSettings = "/api/v1/municipalities/44021/settings";

    [Fact]
    public async Task Bad_notices_and_decisions_are_refused_and_the_case_is_unchanged()
    {
        var caseId = (await factory.RecordCaseAsync(FindingRequests.Example(FindingRequests.NewExternalId("hostile-step")))).Id();
        using var official = factory.CreateApiClient(DemoTokens.Official);
        var before = await CaseAsync(official, caseId);
        var notices = ProcedureSteps.Step(caseId, "notices");
        var decisions = ProcedureSteps.Step(caseId, "decisions");

        await HostileAssert.AllRefusedAsync(official, [
            .. BadBodies(HttpMethod.Post, notices, new JsonObject { ["sentAt"] = "2025-03-10", ["channel"] = "RegisteredMail" }, [
                ("sentAt", "2023-02-29"), ("sentAt", "2025-13-01"), ("sentAt", "2025-03-10T24:00:00"), ("sentAt", 20250310), ("sentAt", null),
                ("channel", "Pigeon"), ("channel", "1"), ("channel", 1), ("channel", "<script>alert(1)</script>"),
            ]),
            .. BadBodies(HttpMethod.Post, decisions, new JsonObject { ["decidedAt"] = "2025-03-10", ["kind"] = "Fine", ["amount"] = 100 }, [
                ("amount", -100), ("amount", 0), ("amount", 1e27m), ("amount", "NaN"), ("amount", JsonNode.Parse("1e400")),
                ("kind", "Death"), ("kind", 0), ("decidedAt", "2023-02-29"),
            ]),
            ("notice for an unknown case", Raw(HttpMethod.Post, ProcedureSteps.Step(Guid.NewGuid().ToString(), "notices"), "{\"sentAt\":\"2025-03-10\",\"channel\":\"RegisteredMail\"}")),
            ("notice for a case id that is no id", Raw(HttpMethod.Post, ProcedureSteps.Step("1%27%20OR%201%3D1", "notices"), "{\"sentAt\":\"2025-03-10\",\"channel\":\"RegisteredMail\"}")),
        ]);

        Assert.Equal(before, await CaseAsync(official, caseId));
    }

    [Fact]
    public async Task Bad_settings_are_refused_and_nothing_changes()
    {
        using var admin = factory.CreateApiClient(DemoTokens.Admin);
        var before = await SettingsAsync(admin);

        await HostileAssert.AllRefusedAsync(admin, [
            .. BadBodies(HttpMethod.Put, GentSettings, MunicipalityRequests.GentSettings(14), [
                ("minorsMinimumAge", 15), ("minorsMinimumAge", -1), ("minorsMinimumAge", "fourteen"), ("minorsMinimumAge", 1e10),
                ("caps2024AdoptedOn", "2023-02-29"), ("caps2024AdoptedOn", "2024-13-01"), ("caps2024AdoptedOn", 2024),
                ("adultMediationOffered", "maybe"), ("adultMediationOffered", new JsonArray()),
                ("paymentTermDays", -30), ("paymentTermDays", 0), ("paymentTermDays", 1_000_000_000), ("paymentTermDays", 3.5), ("paymentTermDays", "30 days"),
            ]),
            ("settings of an unknown municipality", Raw(HttpMethod.Put, "/api/v1/municipalities/99999/settings", MunicipalityRequests.GentSettings(14).ToJsonString())),
            ("settings of a NIS code that is SQL", Raw(HttpMethod.Put, "/api/v1/municipalities/44021%27%3B--/settings", MunicipalityRequests.GentSettings(14).ToJsonString())),
        ]);

        Assert.Equal(before, await SettingsAsync(admin));
    }

    [Fact]
    public async Task Bad_case_searches_are_refused()
    {
        using var official = factory.CreateApiClient(DemoTokens.Official);
        string[] queries =
        [
            "page=-1", "page=abc", "page=99999999999", "pageSize=-5", "pageSize=100000", "pageSize=1e3", "status=1", "status=Closed,Paid",
            "status=%3Cscript%3E", "factsFrom=2023-02-29", "factsFrom=2025-13-01", "factsTo=2025-03-00", "factsFrom=yesterday", "page=%00",
            "municipality=4402", "municipality=440210", "municipality=44021%27%20OR%20%271%27%3D%271", "municipality=%00",
            "nationalRegisterNumber=85073003329", "nationalRegisterNumber=8507300332", "nationalRegisterNumber=%27%3B%20DROP%20TABLE%20%22Cases%22%3B--",
            "plate=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "plate=1-ABC-123%27--", "plate=" + new string('A', 21),
        ];

        await HostileAssert.AllRefusedAsync(official, queries.Select(q => (q, new HttpRequestMessage(HttpMethod.Get, $"/api/v1/cases?{q}"))));
    }

    /// <summary>A well-formed filter that matches no case of the caller is an empty page, not a 4xx: another municipality's code, nobody's number.</summary>
    [Theory]
    [InlineData("municipality=11002")]
    [InlineData("nationalRegisterNumber=00.01.01-001.05")]
    [InlineData("plate=ZZZ-999")]
    public async Task Well_formed_filters_that_match_nothing_answer_an_empty_page(string query)
    {
        using var official = factory.CreateApiClient(DemoTokens.Official);

        var page = await official.GetOkJsonAsync($"/api/v1/cases?{query}");

        Assert.Equal(0, page["total"]!.GetValue<int>());
    }

    /// <summary>The valid body with one field set to each bad value, named after the field and the value.</summary>
    private static IEnumerable<(string, HttpRequestMessage)> BadBodies(HttpMethod method, string path, JsonObject valid, (string Field, JsonNode? Value)[] faults) =>
        faults.Select(f =>
        {
            var body = valid.DeepClone().AsObject();
            body[f.Field] = f.Value?.DeepClone();
            return ($"{method} {path} {f.Field} = {f.Value?.ToJsonString() ?? "null"}", Raw(method, path, body.ToJsonString()));
        })
        .Append(($"{method} {path} truncated", Raw(method, path, valid.ToJsonString()[..^2])))
        .Append(($"{method} {path} array", Raw(method, path, "[]")));

    private static HttpRequestMessage Raw(HttpMethod method, string path, string json) =>
        new(method, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    private static async Task<string> CaseAsync(HttpClient client, string caseId) =>
        (await client.GetOkJsonAsync($"/api/v1/cases/{caseId}")).ToJsonString();

    private static async Task<string> SettingsAsync(HttpClient client) =>
        (await client.GetOkJsonAsync("/api/v1/municipalities/44021")).ToJsonString();
}
