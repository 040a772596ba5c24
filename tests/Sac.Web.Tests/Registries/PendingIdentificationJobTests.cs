using Microsoft.Extensions.DependencyInjection;
using Sac.Application.Registries;
using Sac.Domain.Audit;
using Sac.Domain.Cases;
using Sac.Infrastructure.Jobs;
using Sac.Testing;
using Sac.Web.Tests.Jobs;
using Sac.Web.Tests.Support;

namespace Sac.Web.Tests.Registries;

/// <summary>
/// The hourly job, run as a worker runs it: vehicle findings recorded without a registry become identified, one without a
/// holder is said once and not asked again. Its own application, so no other test's pending findings are in its batch.
/// </summary>
public sealed class PendingIdentificationJobTests(SacAppFactory app) : IClassFixture<SacAppFactory>
{
    [Fact]
    public async Task A_vehicle_finding_becomes_identified_and_a_plate_without_holder_is_said_once()
    {
        using var finder = app.CreateApiClient(DemoTokens.Finder);
        using var official = app.CreateApiClient(DemoTokens.Official);
        var beforeTheChange = await finder.RecordVehicleFindingAsync(factsAt: "2025-03-01T22:15:00+01:00");
        var afterTheChange = await finder.RecordVehicleFindingAsync(factsAt: "2025-03-08T09:00:00+01:00");
        var companyCar = await finder.RecordVehicleFindingAsync(plate: "1-LGE-730");
        var deregistered = await finder.RecordVehicleFindingAsync(plate: "1-XLB-311");
        var foreign = (await finder.RecordAsync(FindingRequests.Finding("44021", "LITTER", "2025-03-01T22:15:00+01:00", FindingRequests.Vehicle("B-XY 1234", "DE")))).Id();

        var lines = await RegistryLog.WrittenByAsync(app, () => RunAsync());
        var again = await RegistryLog.WrittenByAsync(app, () => RunAsync());

        Assert.Equal(("Dupont", "1GNT482"), await HolderAsync(official, beforeTheChange));
        Assert.Equal(("Maes", "1GNT482"), await HolderAsync(official, afterTheChange));
        var company = (await official.GetOkJsonAsync($"/api/v1/cases/{companyCar}"))["offender"]!;
        Assert.Equal(("Company", "0831797467"), (company["type"]!.GetValue<string>(), company["enterpriseNumber"]!.GetValue<string>()));

        var unknown = await official.GetOkJsonAsync($"/api/v1/cases/{deregistered}");
        Assert.Equal("Vehicle", unknown["offender"]!["type"]!.GetValue<string>());
        Assert.Equal(1, unknown.EventCount(CaseEvent.HolderNotFound));
        Assert.Equal("Vehicle", (await official.GetOkJsonAsync($"/api/v1/cases/{foreign}"))["offender"]!["type"]!.GetValue<string>());

        Assert.Equal(4, lines.Count);
        Assert.All(lines, line => Assert.Equal(("Sac", RegistryCaller.SystemRole, RegistryPurpose.IdentifyOffender), (line.UserName, line.Role, line.Purpose)));
        Assert.Equal(
            new[] { beforeTheChange, afterTheChange, companyCar, deregistered }.Order(StringComparer.Ordinal),
            lines.Select(l => l.Reference).Order(StringComparer.Ordinal));
        Assert.Equal(RegistryAccessOutcome.NotFound, lines.Single(l => l.Reference == deregistered).Outcome);
        Assert.Empty(again);
    }

    private static async Task<(string LastName, string Plate)> HolderAsync(HttpClient official, string caseId)
    {
        var read = await official.GetOkJsonAsync($"/api/v1/cases/{caseId}");
        Assert.Equal(1, read.EventCount(CaseEvent.OffenderIdentified));
        Assert.DoesNotContain("OFFENDER_UNIDENTIFIED", read.Reasons());
        return (read["offender"]!["lastName"]!.GetValue<string>(), read["offender"]!["plate"]!.GetValue<string>());
    }

    private async Task RunAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IdentificationJobs>().IdentifyPendingAsync(CancellationToken.None);
    }
}

/// <summary>A process that runs jobs registers the hourly retry under its stable id.</summary>
public sealed class PendingIdentificationScheduleTests(PendingIdentificationScheduleTests.JobsApp app) : IClassFixture<PendingIdentificationScheduleTests.JobsApp>
{
    [Fact]
    public async Task The_retry_is_a_recurring_job_every_hour()
    {
        await DeadlineCases.WaitUntilAsync(
            () => Task.FromResult(DeadlineCases.RecurringJob(app, IdentificationJobs.PendingJobId) is not null), TimeSpan.FromSeconds(20), "the job is registered");

        var job = DeadlineCases.RecurringJob(app, IdentificationJobs.PendingJobId)!;
        Assert.Equal("20 * * * *", job.Cron);
        Assert.Equal("Europe/Brussels", job.TimeZoneId);
    }

    public sealed class JobsApp : SacAppFactory
    {
        public JobsApp() => RunsJobs = true;
    }
}
