using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Sac.Application.Registries;
using Sac.Domain.Audit;
using Sac.Testing;
using Sac.Web.Tests.Support;

namespace Sac.Web.Tests.Registries;

/// <summary>
/// Registries that cannot answer (a fake put in with ConfigureTestServices): the lookups answer a 503 problem and the log says
/// Failed; the finding is still recorded (intake never asks a registry) and waits for its identification.
/// </summary>
public sealed class RegistryFailureTests(RegistryFailureTests.RegistriesDownApp app) : IClassFixture<RegistryFailureTests.RegistriesDownApp>
{
    [Fact]
    public async Task A_person_lookup_answers_503_with_a_clear_message_and_is_logged_as_failed()
    {
        using var finder = app.CreateApiClient(DemoTokens.Finder);

        var lines = await RegistryLog.WrittenByAsync(app, async () =>
        {
            using var response = await finder.GetAsync("/api/v1/registry/persons/88022999990?reference=finding-x&purpose=IdentifyOffender");
            var problem = await ProblemAssert.WithCodeAsync(response, HttpStatusCode.ServiceUnavailable, "REGISTRY_UNAVAILABLE");
            Assert.Contains("niet bereikbaar", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.NotNull(response.Headers.RetryAfter);
        });

        var line = Assert.Single(lines);
        Assert.Equal((RegistryAccessOutcome.Failed, "88022999990", "finding-x"), (line.Outcome, line.Subject, line.Reference));
        Assert.Equal(string.Empty, line.FieldsReturned);
    }

    [Fact]
    public async Task A_vehicle_finding_is_recorded_while_the_registries_are_down_and_the_official_is_told_to_try_later()
    {
        using var finder = app.CreateApiClient(DemoTokens.Finder);
        using var official = app.CreateApiClient(DemoTokens.Official);

        var lines = await RegistryLog.WrittenByAsync(app, async () =>
        {
            var caseId = await finder.RecordVehicleFindingAsync();
            using var identify = await official.PostJsonAsync($"/api/v1/cases/{caseId}/identifications", new JsonObject { ["fromVehicleHolder"] = true });
            await ProblemAssert.WithCodeAsync(identify, HttpStatusCode.ServiceUnavailable, "REGISTRY_UNAVAILABLE");

            var read = await official.GetOkJsonAsync($"/api/v1/cases/{caseId}");
            Assert.Equal("Vehicle", read["offender"]!["type"]!.GetValue<string>());
            Assert.Contains("OFFENDER_UNIDENTIFIED", read.Reasons());
            Assert.Equal(1, read.Version());
        });

        var line = Assert.Single(lines);
        Assert.Equal((RegistryKind.VehicleRegistry, RegistryAccessOutcome.Failed), (line.Registry, line.Outcome));
    }

    /// <summary>The application with registries that always fail, as a timeout or an open circuit would.</summary>
    public sealed class RegistriesDownApp : SacAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
            {
                services.AddSingleton<INationalRegister, FailingRegistries>();
                services.AddSingleton<IVehicleRegistry, FailingRegistries>();
                services.AddSingleton<IEnterpriseRegister, FailingRegistries>();
            });
        }
    }

    private sealed class FailingRegistries : INationalRegister, IVehicleRegistry, IEnterpriseRegister
    {
        public Task<RegistryAnswer<RegisteredPerson>> FindPersonAsync(string nationalRegisterNumber, CancellationToken cancellationToken) =>
            Task.FromResult(RegistryAnswer<RegisteredPerson>.Failed("timeout"));

        public Task<RegistryAnswer<VehicleHolder>> FindHolderAsync(string plate, DateOnly at, CancellationToken cancellationToken) =>
            Task.FromResult(RegistryAnswer<VehicleHolder>.Failed("circuit open"));

        public Task<RegistryAnswer<RegisteredCompany>> FindCompanyAsync(string enterpriseNumber, CancellationToken cancellationToken) =>
            Task.FromResult(RegistryAnswer<RegisteredCompany>.Failed("500"));
    }
}
