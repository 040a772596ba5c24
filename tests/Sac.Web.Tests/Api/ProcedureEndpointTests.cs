using System.Net;
using System.Text.Json.Nodes;
using Sac.Testing;
using Sac.Web.Tests.Support;

namespace Sac.Web.Tests.Api;

/// <summary>
/// api-v1.md's procedure endpoints exactly as written: the example case (facts 2025-03-01), its notice posted
/// 2025-03-13, the decision of 2025-04-10 and its notification of 2025-04-11.
/// </summary>
public sealed class ProcedureEndpointTests(SacAppFactory factory) : IClassFixture<SacAppFactory>
{
    [Fact]
    public async Task Notice_sets_the_defence_deadline_from_the_deemed_receipt()
    {
        var id = await NewLitterCaseAsync();
        using var official = Official();

        var noticed = await official.SendNoticeAsync(id, "2025-03-13");

        // Posted Thursday 13 March: deemed received on the 3rd working day (Fri 14, Mon 17, Tue 18); 15 days on: 2 April.
        Assert.Equal("NoticeSent", noticed.Status());
        Assert.Equal("2025-04-02", noticed.Deadline("defence"));
        Assert.Null(noticed.Deadline("appeal"));
        Assert.Contains("NoticeSent", noticed.TimelineTypes());
    }

    [Fact]
    public async Task Decision_and_its_notification_as_in_api_v1()
    {
        var id = await NewLitterCaseAsync();
        using var official = Official();
        await official.SendNoticeAsync(id, "2025-03-13");

        var decided = await official.DecideFineAsync(id, "2025-04-10", 200.00m);
        Assert.Equal("Decided", decided.Status());
        Assert.Equal("Fine", decided["decision"]!["kind"]!.GetValue<string>());
        Assert.Equal(200.00m, decided["decision"]!["amount"]!.GetValue<decimal>());

        var notified = await official.NotifyDecisionAsync(id, "2025-04-11");

        // Posted Friday 11 April: deemed received Wednesday 16 April; one month on: Friday 16 May.
        Assert.Equal("DecisionNotified", notified.Status());
        Assert.Equal("2025-05-16", notified.Deadline("appeal"));
    }

    [Fact]
    public async Task Deciding_on_the_last_day_of_the_defence_period_is_422_and_changes_nothing()
    {
        var id = await NewLitterCaseAsync();
        using var official = Official();
        var noticed = await official.SendNoticeAsync(id, "2025-03-13");

        using var response = await official.PostJsonAsync(
            ProcedureSteps.Step(id, "decisions"), new JsonObject { ["decidedAt"] = "2025-04-02", ["kind"] = "Fine", ["amount"] = 200.00m });

        await ProblemAssert.WithCodeAsync(response, HttpStatusCode.UnprocessableEntity, "DEFENCE_PERIOD_RUNNING");
        await AssertUnchangedAsync(official, id, noticed);
    }

    [Theory]
    [InlineData(350.01, "FINE_ABOVE_MAXIMUM")]
    [InlineData(49.99, "FINE_BELOW_MINIMUM")]
    public async Task A_fine_outside_the_regulation_is_422(double amount, string code)
    {
        var id = await NewLitterCaseAsync();
        using var official = Official();
        var noticed = await official.SendNoticeAsync(id, "2025-03-13");

        using var response = await official.PostJsonAsync(
            ProcedureSteps.Step(id, "decisions"), new JsonObject { ["decidedAt"] = "2025-04-10", ["kind"] = "Fine", ["amount"] = (decimal)amount });

        await ProblemAssert.WithCodeAsync(response, HttpStatusCode.UnprocessableEntity, code);
        await AssertUnchangedAsync(official, id, noticed);
    }

    [Fact]
    public async Task The_regulations_bounds_are_allowed()
    {
        using var official = Official();
        foreach (var amount in new[] { 50.00m, 350.00m })
        {
            var id = await NewLitterCaseAsync();
            await official.SendNoticeAsync(id, "2025-03-13");

            Assert.Equal("Decided", (await official.DecideFineAsync(id, "2025-04-10", amount)).Status());
        }
    }

    [Fact]
    public async Task Community_service_above_30_hours_for_an_adult_is_422()
    {
        var id = await NewLitterCaseAsync();
        using var official = Official();
        var noticed = await official.SendNoticeAsync(id, "2025-03-13");

        using var response = await official.PostJsonAsync(
            ProcedureSteps.Step(id, "decisions"), new JsonObject { ["decidedAt"] = "2025-04-10", ["kind"] = "CommunityService", ["hours"] = 31 });

        await ProblemAssert.WithCodeAsync(response, HttpStatusCode.UnprocessableEntity, "COMMUNITY_SERVICE_ABOVE_MAXIMUM");
        await AssertUnchangedAsync(official, id, noticed);
        Assert.Equal(30, (await official.StepAsync(id, "decisions", new JsonObject { ["decidedAt"] = "2025-04-10", ["kind"] = "CommunityService", ["hours"] = 30 }))["decision"]!["hours"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_parking_fine_other_than_the_fixed_amount_is_422()
    {
        using var official = Official();
        var id = (await factory.RecordCaseAsync(FindingRequests.Finding(
            "44021", "PARK-PROHIBITED", "2025-03-03T09:00:00+01:00", FindingRequests.PersonByNumber(NationalNumbers.Unique(new DateOnly(1979, 5, 4)))))).Id();
        var noticed = await official.SendNoticeAsync(id, "2025-03-10");

        // Parking: 30 days from the deemed receipt (Thursday 13 March): Saturday 12 April, moved to Monday 14 April.
        Assert.Equal("2025-04-14", noticed.Deadline("defence"));
        using var response = await official.PostJsonAsync(
            ProcedureSteps.Step(id, "decisions"), new JsonObject { ["decidedAt"] = "2025-04-15", ["kind"] = "Fine", ["amount"] = 55.00m });

        await ProblemAssert.WithCodeAsync(response, HttpStatusCode.UnprocessableEntity, "FIXED_FINE_MISMATCH");
        Assert.Equal("Decided", (await official.DecideFineAsync(id, "2025-04-15", 58.00m)).Status());
    }

    [Fact]
    public async Task A_decision_after_the_decision_limit_is_422_time_barred()
    {
        var id = await NewLitterCaseAsync();
        using var official = Official();
        var noticed = await official.SendNoticeAsync(id, "2025-03-13");

        // Facts on 1 March 2025: no fine after 1 September 2025.
        using var response = await official.PostJsonAsync(
            ProcedureSteps.Step(id, "decisions"), new JsonObject { ["decidedAt"] = "2025-09-02", ["kind"] = "Fine", ["amount"] = 100.00m });

        await ProblemAssert.WithCodeAsync(response, HttpStatusCode.UnprocessableEntity, "TIME_BARRED");
        await AssertUnchangedAsync(official, id, noticed);
    }

    [Fact]
    public async Task A_fine_without_a_notice_is_422_invalid_state()
    {
        var id = await NewLitterCaseAsync();
        using var official = Official();

        using var response = await official.PostJsonAsync(
            ProcedureSteps.Step(id, "decisions"), new JsonObject { ["decidedAt"] = "2025-04-10", ["kind"] = "Fine", ["amount"] = 100.00m });

        await ProblemAssert.WithCodeAsync(response, HttpStatusCode.UnprocessableEntity, "INVALID_STATE");
    }

    [Fact]
    public async Task A_case_waiting_for_the_prosecutor_is_not_sanctionable()
    {
        using var official = Official();
        var id = (await factory.RecordCaseAsync(FindingRequests.Finding(
            "44021", "GRAFFITI", "2025-03-02T23:00:00+01:00", FindingRequests.PersonByNumber(NationalNumbers.Unique(new DateOnly(1990, 1, 15)))))).Id();

        using var response = await official.PostJsonAsync(
            ProcedureSteps.Step(id, "decisions"), new JsonObject { ["decidedAt"] = "2025-03-10", ["kind"] = "Mediation" });

        await ProblemAssert.WithCodeAsync(response, HttpStatusCode.UnprocessableEntity, "NOT_SANCTIONABLE");
    }

    [Fact]
    public async Task Mediation_where_the_municipality_offers_none_to_adults_is_422()
    {
        using var official = Official();
        var id = (await factory.RecordCaseAsync(
            FindingRequests.Finding("62063", "LITTER", "2025-03-02T23:00:00+01:00", FindingRequests.PersonByNumber(NationalNumbers.Unique(new DateOnly(1985, 7, 1)))),
            DemoTokens.Admin)).Id();

        using var response = await official.PostJsonAsync(
            ProcedureSteps.Step(id, "decisions"), new JsonObject { ["decidedAt"] = "2025-03-10", ["kind"] = "Mediation" });

        await ProblemAssert.WithCodeAsync(response, HttpStatusCode.UnprocessableEntity, "MEDIATION_NOT_OFFERED");
    }

    [Fact]
    public async Task A_minor_cannot_be_fined_before_mediation_was_offered()
    {
        using var official = Official();
        var minor = FindingRequests.PersonByName("Wouters", "Lotte", "2009-06-01");
        var id = (await factory.RecordCaseAsync(FindingRequests.Finding("44021", "LITTER", "2025-03-02T16:00:00+01:00", minor))).Id();
        await official.SendNoticeAsync(id, "2025-03-04");

        using var response = await official.PostJsonAsync(
            ProcedureSteps.Step(id, "decisions"), new JsonObject { ["decidedAt"] = "2025-04-10", ["kind"] = "Fine", ["amount"] = 100.00m });

        await ProblemAssert.WithCodeAsync(response, HttpStatusCode.UnprocessableEntity, "MEDIATION_NOT_OFFERED");
    }

    [Fact]
    public async Task A_notice_without_its_date_is_400_on_that_field()
    {
        var id = await NewLitterCaseAsync();
        using var official = Official();

        using var response = await official.PostJsonAsync(ProcedureSteps.Step(id, "notices"), new JsonObject { ["channel"] = "RegisteredMail" });

        await ProblemAssert.ValidationAsync(response, "sentAt");
    }

    [Fact]
    public async Task An_unknown_decision_kind_is_400_on_that_field()
    {
        var id = await NewLitterCaseAsync();
        using var official = Official();

        using var response = await official.PostJsonAsync(ProcedureSteps.Step(id, "decisions"), new JsonObject { ["decidedAt"] = "2025-04-10", ["kind"] = "Flogging" });

        await ProblemAssert.ValidationAsync(response, "kind");
    }

    [Fact]
    public async Task Only_officials_take_steps_and_only_in_their_municipalities()
    {
        var id = await NewLitterCaseAsync();
        var body = new JsonObject { ["sentAt"] = "2025-03-13", ["channel"] = "RegisteredMail" };

        using var finder = factory.CreateApiClient(DemoTokens.Finder);
        using var byFinder = await finder.PostJsonAsync(ProcedureSteps.Step(id, "notices"), body);
        await byFinder.AssertStatusAsync(HttpStatusCode.Forbidden);

        using var outsider = factory.CreateApiClient(DemoTokens.Outsider);
        using var byOutsider = await outsider.PostJsonAsync(ProcedureSteps.Step(id, "notices"), body);
        Assert.True(byOutsider.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, $"Got {byOutsider.StatusCode}.");

        using var anonymous = factory.CreateApiClient(null);
        using var byAnonymous = await anonymous.PostJsonAsync(ProcedureSteps.Step(id, "notices"), body);
        await byAnonymous.AssertStatusAsync(HttpStatusCode.Unauthorized);

        Assert.Equal("Registered", (await Official().GetOkJsonAsync($"/api/v1/cases/{id}")).Status());
    }

    [Fact]
    public async Task A_stale_version_is_409()
    {
        var id = await NewLitterCaseAsync();
        using var official = Official();

        using var response = await official.PostJsonAsync(
            ProcedureSteps.Step(id, "notices"), new JsonObject { ["sentAt"] = "2025-03-13", ["channel"] = "RegisteredMail", ["version"] = 7 });

        await ProblemAssert.WithCodeAsync(response, HttpStatusCode.Conflict, "STALE_VERSION");
    }

    private HttpClient Official() => factory.CreateApiClient(DemoTokens.Official);

    private async Task<string> NewLitterCaseAsync()
    {
        using var official = Official();
        var person = FindingRequests.PersonByNumber(NationalNumbers.Unique(new DateOnly(1988, 2, 29)));
        return (await factory.RecordCaseAsync(FindingRequests.Finding("44021", "LITTER", "2025-03-01T22:15:00+01:00", person))).Id();
    }

    private static async Task AssertUnchangedAsync(HttpClient client, string id, JsonNode before)
    {
        var after = await client.GetOkJsonAsync($"/api/v1/cases/{id}");
        Assert.Equal(before.Status(), after.Status());
        Assert.Equal(before.Version(), after.Version());
        Assert.Equal(before.TimelineTypes(), after.TimelineTypes());
        Assert.Null(after["decision"]);
    }
}
