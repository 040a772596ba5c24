using System.Net;
using Sac.Testing;
using Sac.Web.Tests.Support;
using static Sac.Web.Tests.Measures.MeasureRequests;

namespace Sac.Web.Tests.Measures;

/// <summary>
/// The mayor's place bans through the API (today is 10 March 2025): heard first, periods of a month, two renewals, a
/// letter per period; the municipality's finders see the bans in force, other municipalities nothing.
/// </summary>
public sealed class PlaceBanApiTests(SacAppFactory factory) : IClassFixture<SacAppFactory>
{
    private const string Path = "/api/v1/place-bans";

    [Fact]
    public async Task A_ban_is_renewed_twice_and_a_fourth_period_is_refused()
    {
        using var admin = factory.CreateApiClient(DemoTokens.Admin);
        var id = await admin.CreateAsync(Path, PlaceBan());

        await admin.StepAsync($"{Path}/{id}/periods", Period("2025-03-01", "2025-03-01", "2025-03-31"));
        await admin.StepAsync($"{Path}/{id}/periods", Period("2025-03-25", "2025-04-01", "2025-04-30"));
        var third = await admin.StepAsync($"{Path}/{id}/periods", Period("2025-04-25", "2025-05-01", "2025-05-31"));
        using var fourth = await admin.PostJsonAsync($"{Path}/{id}/periods", Period("2025-05-25", "2025-06-01", "2025-06-30"));

        await ProblemAssert.WithCodeAsync(fourth, HttpStatusCode.UnprocessableEntity, "PLACE_BAN_RENEWALS_EXHAUSTED");
        Assert.Equal("Active", third["state"]!.GetValue<string>());
        Assert.Equal("2025-03-01", third["startsOn"]!.GetValue<string>());
        Assert.Equal("2025-05-31", third["endsOn"]!.GetValue<string>());
        Assert.False(third["mayBeRenewed"]!.GetValue<bool>());
        Assert.Equal(3, third["documents"]!.AsArray().Count(d => d!["kind"]!.GetValue<string>() == "PlaceBanPeriod"));
        Assert.Equal(3, (await admin.GetOkJsonAsync($"{Path}/{id}"))["periods"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_period_longer_than_a_month_or_before_the_hearing_is_refused()
    {
        using var official = factory.CreateApiClient(DemoTokens.Official);
        var id = await official.CreateAsync(Path, PlaceBan(heardOn: "2025-03-01"));

        using var tooLong = await official.PostJsonAsync($"{Path}/{id}/periods", Period("2025-03-01", "2025-03-01", "2025-04-01"));
        using var beforeHearing = await official.PostJsonAsync($"{Path}/{id}/periods", Period("2025-02-28", "2025-03-01", "2025-03-31"));

        await ProblemAssert.WithCodeAsync(tooLong, HttpStatusCode.UnprocessableEntity, "PLACE_BAN_PERIOD_TOO_LONG");
        await ProblemAssert.WithCodeAsync(beforeHearing, HttpStatusCode.UnprocessableEntity, "PLACE_BAN_BEFORE_HEARING");
        var unchanged = await official.GetOkJsonAsync($"{Path}/{id}");
        Assert.Empty(unchanged["periods"]!.AsArray());
        Assert.Empty(unchanged["documents"]!.AsArray());
    }

    [Theory]
    [InlineData("nl", "tijdelijk plaatsverbod", "31 maart 2025")]
    [InlineData("fr", "interdiction temporaire de lieu", "31 mars 2025")]
    public async Task Each_period_has_its_letter_in_the_persons_language(string language, string subject, string lastDay)
    {
        using var official = factory.CreateApiClient(DemoTokens.Official);
        var id = await official.CreateAsync(Path, PlaceBan(language: language));

        var ban = await official.StepAsync($"{Path}/{id}/periods", Period("2025-03-01", "2025-03-01", "2025-03-31"));

        var text = await official.LetterTextAsync(ban, "PlaceBanPeriod");
        Assert.Contains(subject, text, StringComparison.Ordinal);
        Assert.Contains(lastDay, text, StringComparison.Ordinal);
        Assert.Contains("Korenmarkt en Graslei", text, StringComparison.Ordinal);
        Assert.Contains("Raad van State / Conseil d'État", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_finders_of_the_municipality_see_the_bans_in_force_and_no_others()
    {
        using var official = factory.CreateApiClient(DemoTokens.Official);
        using var finder = factory.CreateApiClient(DemoTokens.Finder);
        using var outsider = factory.CreateApiClient(DemoTokens.Outsider);
        var active = await official.CreateAsync(Path, PlaceBan());
        await official.StepAsync($"{Path}/{active}/periods", Period("2025-03-01", "2025-03-01", "2025-03-31"));
        var ended = await official.CreateAsync(Path, PlaceBan(heardOn: "2025-02-01"));
        await official.StepAsync($"{Path}/{ended}/periods", Period("2025-02-01", "2025-02-01", "2025-02-28"));

        var seen = (await finder.GetOkJsonAsync("/api/v1/municipalities/44021/place-bans?active=true")).AsArray();

        var ban = Assert.Single(seen, b => b!["id"]!.GetValue<string>() == active)!;
        Assert.Equal("Jan Peeters", ban["person"]!.GetValue<string>());
        Assert.Equal("Korenmarkt en Graslei", ban["place"]!.GetValue<string>());
        Assert.Equal("2025-03-31", ban["until"]!.GetValue<string>());
        Assert.DoesNotContain(seen, b => b!["id"]!.GetValue<string>() == ended);
        Assert.Equal(HttpStatusCode.Forbidden, (await finder.GetAsync("/api/v1/municipalities/44021/place-bans")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await finder.GetAsync($"{Path}/{active}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.GetAsync("/api/v1/municipalities/44021/place-bans?active=true")).StatusCode);
        Assert.Empty((await outsider.GetOkJsonAsync("/api/v1/municipalities/11002/place-bans?active=true")).AsArray());
    }

    [Fact]
    public async Task Another_municipality_reads_404_and_acts_403()
    {
        using var official = factory.CreateApiClient(DemoTokens.Official);
        using var outsider = factory.CreateApiClient(DemoTokens.Outsider);
        var id = await official.CreateAsync(Path, PlaceBan());

        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"{Path}/{id}")).StatusCode);
        using var period = await outsider.PostJsonAsync($"{Path}/{id}/periods", Period("2025-03-01", "2025-03-01", "2025-03-31"));
        await ProblemAssert.WithCodeAsync(period, HttpStatusCode.Forbidden, "FORBIDDEN");
        Assert.Empty((await official.GetOkJsonAsync($"{Path}/{id}"))["periods"]!.AsArray());
    }

    [Fact]
    public async Task A_company_or_a_wrong_national_number_is_400()
    {
        using var official = factory.CreateApiClient(DemoTokens.Official);
        var company = PlaceBan();
        company["person"]!["kind"] = "Company";
        company["person"]!["number"] = null;
        var wrongNumber = PlaceBan();
        wrongNumber["person"]!["number"] = "88022999991";

        using var companyRefused = await official.PostJsonAsync(Path, company);
        using var numberRefused = await official.PostJsonAsync(Path, wrongNumber);

        Assert.Equal(["PLACE_BAN_PERSON_ONLY"], ProblemAssert.CodesAt(await ProblemAssert.ValidationAsync(companyRefused, "person.kind"), "person.kind"));
        Assert.Equal(["NRN_CHECKSUM"], ProblemAssert.CodesAt(await ProblemAssert.ValidationAsync(numberRefused, "person.number"), "person.number"));
    }

    [Fact]
    public async Task The_ban_and_each_period_are_in_the_audit_trail_without_the_persons_name()
    {
        using var admin = factory.CreateApiClient(DemoTokens.Admin);
        using var auditor = factory.CreateApiClient(DemoTokens.Auditor);
        var id = await admin.CreateAsync(Path, PlaceBan());
        var ban = await admin.StepAsync($"{Path}/{id}/periods", Period("2025-03-01", "2025-03-01", "2025-03-31"));

        var entries = (await auditor.GetOkJsonAsync($"/api/v1/audit/entries?subject={id}"))["items"]!.AsArray();

        Assert.Equal(["PlaceBanPeriodImposed", "PlaceBanRecorded"], entries.Select(e => e!["action"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        var imposed = entries.Single(e => e!["action"]!.GetValue<string>() == "PlaceBanPeriodImposed")!;
        Assert.Equal("2025-03-31", imposed["after"]!["endsOn"]!.GetValue<string>());
        Assert.Equal(ban["reference"]!.GetValue<string>(), imposed["subjectLabel"]!.GetValue<string>());
        Assert.DoesNotContain("Jan Peeters", entries.ToJsonString(), StringComparison.Ordinal);
    }

    private static System.Text.Json.Nodes.JsonObject Period(string decidedOn, string startsOn, string endsOn) =>
        Dates(("decidedOn", decidedOn), ("startsOn", startsOn), ("endsOn", endsOn));
}
