using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Sac.Domain.Cases;
using Sac.Infrastructure.Jobs;
using Sac.Testing;
using Sac.Web.Tests.Support;

namespace Sac.Web.Tests.DataProtection;

/// <summary>
/// The nightly job on the real database, five years on: a case closed on 10 March 2025 keeps its personal data through
/// 10 March 2030 and loses it on the 11th; its letter keeps its digest, loses its content; the DPO no longer finds it.
/// </summary>
public sealed class RetentionJobTests
{
    private static readonly DateTimeOffset LastDayKept = new(2030, 3, 10, 10, 0, 0, TimeSpan.FromHours(1));

    [Fact]
    public async Task A_case_closed_five_years_ago_is_anonymised_the_day_after_its_period_and_only_once()
    {
        using var folder = new TemporaryFolder();
        var number = NationalNumbers.Unique(new DateOnly(1990, 7, 1));
        string caseId;
        string documentId;
        IReadOnlyList<string> typesBefore;
        await using (var now = new SacAppOnFolder(folder.Path))
        {
            var recorded = await now.RecordCaseAsync(FindingRequests.Finding("44021", "LITTER", "2025-03-01T22:15:00+01:00", FindingRequests.PersonByNumber(number)));
            caseId = recorded.Id();
            using var official = now.CreateApiClient(DemoTokens.Official);
            using (var letter = await official.PostJsonAsync($"/api/v1/cases/{caseId}/letters", new JsonObject { ["kind"] = "Notice" }))
            {
                await letter.AssertStatusAsync(HttpStatusCode.Created);
                documentId = (await letter.ReadJsonAsync())["id"]!.GetValue<string>();
            }

            using (var closed = await official.PostJsonAsync($"/api/v1/cases/{caseId}/closures", new JsonObject { ["reason"] = "NoSanction", ["note"] = "Els Janssens bood haar excuses aan." }))
            {
                await closed.AssertStatusAsync(HttpStatusCode.OK);
                typesBefore = (await closed.ReadJsonAsync()).TimelineTypes();
            }
        }

        await using (var lastDay = new SacAppOnFolder(folder.Path) { Now = LastDayKept })
        {
            await RunAsync(lastDay);
            var kept = await ReadAsync(lastDay, caseId);
            Assert.Equal(number, kept["offender"]!["nationalRegisterNumber"]!.GetValue<string>());
            Assert.Null(kept["anonymisedOn"]?.GetValue<string>());
        }

        await using var dayAfter = new SacAppOnFolder(folder.Path) { Now = LastDayKept.AddDays(1) };
        await RunAsync(dayAfter);
        var anonymised = await ReadAsync(dayAfter, caseId);
        await RunAsync(dayAfter);
        var again = await ReadAsync(dayAfter, caseId);

        Assert.Equal("2030-03-11", anonymised["anonymisedOn"]!.GetValue<string>());
        var offender = anonymised["offender"]!;
        Assert.Null(offender["nationalRegisterNumber"]);
        Assert.Null(offender["lastName"]);
        Assert.Null(offender["birthDate"]);
        Assert.Equal(34, offender["ageAtFacts"]!.GetValue<int>());
        Assert.Null(anonymised["description"]);
        Assert.Null(anonymised["place"]!["houseNumber"]);
        Assert.Equal("Korenmarkt", anonymised["place"]!["street"]!.GetValue<string>());
        Assert.Equal("Closed", anonymised.Status());
        Assert.Equal("NoSanction", anonymised["closeReason"]!.GetValue<string>());
        Assert.Equal([.. typesBefore, CaseEvent.Anonymised], anonymised.TimelineTypes());
        Assert.Equal("NoSanction", anonymised["timeline"]!.AsArray().Single(e => e!["type"]!.GetValue<string>() == CaseEvent.CaseClosed)!["detail"]!.GetValue<string>());
        Assert.Equal(anonymised.Version(), again.Version());

        using var official2030 = dayAfter.CreateApiClient(DemoTokens.Official);
        using var content = await official2030.GetAsync($"/api/v1/documents/{documentId}");
        Assert.Equal(HttpStatusCode.NotFound, content.StatusCode);
        var document = Assert.Single(anonymised["documents"]!.AsArray())!;
        Assert.Equal(64, document["sha256"]!.GetValue<string>().Length);

        using var auditor = dayAfter.CreateApiClient(DemoTokens.Auditor);
        var report = await auditor.GetOkJsonAsync($"/api/v1/data-protection/subjects/{number}");
        Assert.Empty(report["cases"]!.AsArray());
    }

    [Fact]
    public async Task The_job_is_registered_to_run_every_night_at_half_past_two_in_Brussels()
    {
        await using var app = new SacAppFactory { RunsJobs = true };
        _ = app.Services;

        var job = Jobs.DeadlineCases.RecurringJob(app, RetentionJobs.JobId);

        Assert.NotNull(job);
        Assert.Equal("30 2 * * *", job.Cron);
        Assert.Equal("Europe/Brussels", job.TimeZoneId);
    }

    private static async Task RunAsync(SacAppOnFolder app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RetentionJobs>().AnonymiseExpiredAsync(CancellationToken.None);
    }

    private static async Task<JsonNode> ReadAsync(SacAppOnFolder app, string caseId)
    {
        using var official = app.CreateApiClient(DemoTokens.Official);
        return await official.GetOkJsonAsync($"/api/v1/cases/{caseId}");
    }
}
