using System.Net;
using Sac.Testing;
using Sac.Web.Tests.Support;
using static Sac.Web.Tests.Measures.MeasureRequests;

namespace Sac.Web.Tests.Measures;

/// <summary>
/// The college's sanctions through the API (today is 10 March 2025): recorded, warned with the regulation's extract,
/// decided, notified with the appeal to the Council of State; never for traffic; other municipalities see nothing.
/// </summary>
public sealed class CollegeSanctionApiTests(SacAppFactory factory) : IClassFixture<SacAppFactory>
{
    private const string Path = "/api/v1/college-sanctions";

    [Fact]
    public async Task A_sanction_goes_from_warning_to_notification_with_its_letters()
    {
        using var official = factory.CreateApiClient(DemoTokens.Official);
        var id = await official.CreateAsync(Path, CollegeSanction());

        var warned = await official.StepAsync($"{Path}/{id}/warnings", Dates(("sentOn", "2025-03-01")));
        var decided = await official.StepAsync(
            $"{Path}/{id}/decisions",
            Dates(("decidedOn", "2025-03-05"), ("kind", "TemporaryClosure"), ("startsOn", "2025-03-06"), ("endsOn", "2025-03-15"), ("reasons", "Herhaalde klachten over nachtlawaai.")));
        var notified = await official.StepAsync($"{Path}/{id}/notifications", Dates(("sentOn", "2025-03-07")));

        Assert.Equal("Pending", warned["state"]!.GetValue<string>());
        Assert.Equal("2025-03-01", warned["warnedOn"]!.GetValue<string>());
        Assert.Equal("Active", decided["state"]!.GetValue<string>());
        Assert.True(decided["endsSoon"]!.GetValue<bool>());
        Assert.Equal("2025-03-15", notified["endsOn"]!.GetValue<string>());
        Assert.Equal(10, notified["durationDays"]!.GetValue<int>());
        Assert.Equal(4, notified["version"]!.GetValue<int>());
        Assert.Equal(["CollegeWarning", "CollegeDecision"], notified["documents"]!.AsArray().Select(d => d!["kind"]!.GetValue<string>()));
        var warning = await official.LetterTextAsync(notified, "CollegeWarning");
        Assert.Contains("Uittreksel uit het politiereglement", warning, StringComparison.Ordinal);
        Assert.Contains("(code NIGHT-NOISE)", warning, StringComparison.Ordinal);
        var decision = await official.LetterTextAsync(notified, "CollegeDecision");
        Assert.Contains("tijdelijke administratieve sluiting van de inrichting", decision, StringComparison.Ordinal);
        Assert.Contains("15 maart 2025", decision, StringComparison.Ordinal);
        Assert.Contains("Raad van State / Conseil d'État", decision, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_register_lists_the_sanction_and_ending_soon_keeps_only_the_near_ends()
    {
        using var admin = factory.CreateApiClient(DemoTokens.Admin);
        var soon = await DecidedAsync(admin, "2025-03-17"); // seven days after today
        var later = await DecidedAsync(admin, "2025-03-18");

        var all = (await admin.GetOkJsonAsync("/api/v1/municipalities/44021/college-sanctions")).AsArray().Select(s => s!["id"]!.GetValue<string>()).ToList();
        var endingSoon = (await admin.GetOkJsonAsync("/api/v1/municipalities/44021/college-sanctions?endingSoon=true")).AsArray().Select(s => s!["id"]!.GetValue<string>()).ToList();

        Assert.Contains(soon, all);
        Assert.Contains(later, all);
        Assert.Contains(soon, endingSoon);
        Assert.DoesNotContain(later, endingSoon);
    }

    [Fact]
    public async Task A_parking_infraction_is_refused_and_a_mixed_one_accepted()
    {
        using var official = factory.CreateApiClient(DemoTokens.Official);

        using var parking = await official.PostJsonAsync(Path, CollegeSanction("44021", "GRAFFITI", "PARK-PROHIBITED"));
        await ProblemAssert.WithCodeAsync(parking, HttpStatusCode.UnprocessableEntity, "COLLEGE_SANCTION_TRAFFIC_EXCLUDED");
        await official.CreateAsync(Path, CollegeSanction("44021", "GRAFFITI"));
    }

    [Fact]
    public async Task No_decision_before_the_warning_nor_dated_before_it()
    {
        using var official = factory.CreateApiClient(DemoTokens.Official);
        var id = await official.CreateAsync(Path, CollegeSanction());
        var decision = Dates(("decidedOn", "2025-02-28"), ("kind", "PermitWithdrawal"), ("startsOn", "2025-03-01"), ("reasons", "Redenen."));

        using var unwarned = await official.PostJsonAsync($"{Path}/{id}/decisions", decision);
        await ProblemAssert.WithCodeAsync(unwarned, HttpStatusCode.UnprocessableEntity, "COLLEGE_WARNING_REQUIRED");
        await official.StepAsync($"{Path}/{id}/warnings", Dates(("sentOn", "2025-03-01")));
        using var early = await official.PostJsonAsync($"{Path}/{id}/decisions", decision);
        await ProblemAssert.WithCodeAsync(early, HttpStatusCode.UnprocessableEntity, "COLLEGE_DECISION_BEFORE_WARNING");

        var unchanged = await official.GetOkJsonAsync($"{Path}/{id}");
        Assert.Null(unchanged["decidedOn"]);
        Assert.Equal(2, unchanged["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_wrong_enterprise_number_and_missing_fields_are_400_by_field()
    {
        using var official = factory.CreateApiClient(DemoTokens.Official);
        var body = CollegeSanction();
        body["holder"]!["number"] = "0203201341";

        using var wrongNumber = await official.PostJsonAsync(Path, body);
        var problem = await ProblemAssert.ValidationAsync(wrongNumber, "holder.number");
        Assert.Equal(["KBO_CHECKSUM"], ProblemAssert.CodesAt(problem, "holder.number"));
        using var empty = await official.PostJsonAsync(Path, Dates(("municipality", "44021")));
        await ProblemAssert.ValidationAsync(empty, "holder", "infractionCodes", "subject");
    }

    [Fact]
    public async Task The_case_is_linked_by_its_number_in_the_same_municipality_beside_the_id()
    {
        var gent = await factory.RecordCaseAsync(FindingRequests.Finding("44021", "LITTER", "2025-03-01T22:15:00+01:00", FindingRequests.PersonByNumber(NationalNumbers.Unique(new DateOnly(1980, 4, 2)))));
        var brussels = await factory.RecordCaseAsync(FindingRequests.Finding("21004", "LITTER", "2025-03-01T22:15:00+01:00", FindingRequests.PersonByNumber(NationalNumbers.Unique(new DateOnly(1980, 4, 2)))));
        using var official = factory.CreateApiClient(DemoTokens.Official);

        var byNumber = await official.CreateAsync(Path, With(CollegeSanction(), ("caseNumber", gent["number"]!.GetValue<string>())));
        var byId = await official.CreateAsync(Path, With(CollegeSanction(), ("caseId", gent.Id())));
        using var unknown = await official.PostJsonAsync(Path, With(CollegeSanction(), ("caseNumber", "44021-1999-999999")));
        using var elsewhere = await official.PostJsonAsync(Path, With(CollegeSanction(), ("caseNumber", brussels["number"]!.GetValue<string>())));
        using var mismatch = await official.PostJsonAsync(Path, With(CollegeSanction(), ("caseNumber", gent["number"]!.GetValue<string>()), ("caseId", Guid.NewGuid().ToString())));

        Assert.Equal(gent.Id(), (await official.GetOkJsonAsync($"{Path}/{byNumber}"))["caseId"]!.GetValue<string>());
        Assert.Equal(gent.Id(), (await official.GetOkJsonAsync($"{Path}/{byId}"))["caseId"]!.GetValue<string>());
        Assert.Equal(["CASE_NOT_FOUND"], ProblemAssert.CodesAt(await ProblemAssert.ValidationAsync(unknown, "caseNumber"), "caseNumber"));
        Assert.Equal(["CASE_NOT_FOUND"], ProblemAssert.CodesAt(await ProblemAssert.ValidationAsync(elsewhere, "caseNumber"), "caseNumber"));
        Assert.Equal(["CASE_NUMBER_MISMATCH"], ProblemAssert.CodesAt(await ProblemAssert.ValidationAsync(mismatch, "caseNumber"), "caseNumber"));
    }

    [Fact]
    public async Task A_step_on_a_stale_version_is_409()
    {
        using var official = factory.CreateApiClient(DemoTokens.Official);
        var id = await official.CreateAsync(Path, CollegeSanction());

        using var stale = await official.PostJsonAsync($"{Path}/{id}/warnings", Dates(("sentOn", "2025-03-01"), ("version", "0")));

        await ProblemAssert.WithCodeAsync(stale, HttpStatusCode.Conflict, "STALE_VERSION");
    }

    [Fact]
    public async Task Another_municipality_reads_404_acts_403_and_lists_403()
    {
        using var official = factory.CreateApiClient(DemoTokens.Official);
        using var outsider = factory.CreateApiClient(DemoTokens.Outsider);
        var id = await official.CreateAsync(Path, CollegeSanction());

        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"{Path}/{id}")).StatusCode);
        using var warning = await outsider.PostJsonAsync($"{Path}/{id}/warnings", Dates(("sentOn", "2025-03-01")));
        await ProblemAssert.WithCodeAsync(warning, HttpStatusCode.Forbidden, "FORBIDDEN");
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.GetAsync("/api/v1/municipalities/44021/college-sanctions")).StatusCode);
        using var create = await outsider.PostJsonAsync(Path, CollegeSanction("44021"));
        await ProblemAssert.WithCodeAsync(create, HttpStatusCode.Forbidden, "FORBIDDEN");
        Assert.Null((await official.GetOkJsonAsync($"{Path}/{id}"))["warnedOn"]);
    }

    [Fact]
    public async Task Auditors_read_and_finders_do_not()
    {
        using var official = factory.CreateApiClient(DemoTokens.Official);
        using var auditor = factory.CreateApiClient(DemoTokens.Auditor);
        using var finder = factory.CreateApiClient(DemoTokens.Finder);
        var id = await official.CreateAsync(Path, CollegeSanction());

        Assert.Equal(id, (await auditor.GetOkJsonAsync($"{Path}/{id}"))["id"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.PostJsonAsync($"{Path}/{id}/warnings", Dates(("sentOn", "2025-03-01")))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await finder.GetAsync($"{Path}/{id}")).StatusCode);
    }

    [Fact]
    public async Task Each_step_is_in_the_audit_trail()
    {
        using var official = factory.CreateApiClient(DemoTokens.Official);
        using var auditor = factory.CreateApiClient(DemoTokens.Auditor);
        var id = await DecidedAsync(official, "2025-03-20");

        var entries = (await auditor.GetOkJsonAsync($"/api/v1/audit/entries?subject={id}"))["items"]!.AsArray();

        Assert.Equal(
            ["CollegeSanctionDecided", "CollegeSanctionRecorded", "CollegeWarningSent"],
            entries.Select(e => e!["action"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.All(entries, e => Assert.Equal("official@demo.sac", e!["user"]!.GetValue<string>()));
    }

    private static async Task<string> DecidedAsync(HttpClient client, string endsOn)
    {
        var id = await client.CreateAsync(Path, CollegeSanction());
        await client.StepAsync($"{Path}/{id}/warnings", Dates(("sentOn", "2025-03-01")));
        await client.StepAsync(
            $"{Path}/{id}/decisions",
            Dates(("decidedOn", "2025-03-05"), ("kind", "PermitSuspension"), ("startsOn", "2025-03-06"), ("endsOn", endsOn), ("reasons", "Redenen.")));
        return id;
    }

    private static System.Text.Json.Nodes.JsonObject With(System.Text.Json.Nodes.JsonObject body, params (string Name, string Value)[] fields)
    {
        foreach (var (name, value) in fields)
        {
            body[name] = value;
        }

        return body;
    }
}
