using Sac.Application.Registries;
using Sac.Domain.Offenders;

namespace Sac.Infrastructure.Tests.Registries;

public sealed class HttpEnterpriseRegisterTests : IAsyncLifetime
{
    private FakeGateway gateway = null!;
    private RegistryTestHost host = null!;

    public async Task InitializeAsync()
    {
        gateway = await FakeGateway.StartAsync();
        host = RegistryTestHost.Start(gateway.BaseUrl);
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await gateway.DisposeAsync();
    }

    [Fact]
    public async Task An_active_company_with_its_seat()
    {
        gateway.Answer = Reply.Json("""
            {
              "enterpriseNumber": "0876034120",
              "name": "Bakkerij Janssens BV",
              "legalForm": "BV",
              "status": "active",
              "language": "nl",
              "seat": { "street": "Markt", "houseNumber": "1", "postalCode": "2000", "municipality": "Antwerpen", "country": "BE" }
            }
            """);

        var answer = await host.EnterpriseRegister.FindCompanyAsync("BE 0876.034.120", CancellationToken.None);

        Assert.Equal(RegistryOutcome.Found, answer.Outcome);
        Assert.Equal(
            new RegisteredCompany("0876034120", "Bakkerij Janssens BV", new Address("Markt", "1", "2000", "Antwerpen", "BE"), Active: true, "nl"),
            answer.Value);
        Assert.Equal("/enterprises/0876034120", Assert.Single(gateway.Requests));
    }

    [Fact]
    public async Task A_stopped_company()
    {
        gateway.Answer = Reply.Json("""
            {
              "enterpriseNumber": "0448391012",
              "name": "Friterie du Coin SRL",
              "status": "STOPPED",
              "stoppedOn": "2023-12-31",
              "language": "fr",
              "seat": { "street": "Place Saint-Lambert", "houseNumber": "7", "postalCode": "4000", "municipality": "Liège", "country": "BE" }
            }
            """);

        var company = (await host.EnterpriseRegister.FindCompanyAsync("0448391012", CancellationToken.None)).Value!;

        Assert.False(company.Active);
        Assert.Equal("fr", company.Language);
        Assert.Equal("Friterie du Coin SRL", company.Name);
        Assert.Equal(new Address("Place Saint-Lambert", "7", "4000", "Liège", "BE"), company.Seat);
    }

    [Theory]
    [InlineData("\"status\": \"dormant\",", "status is neither \"active\" nor \"stopped\"")]
    [InlineData("", "status is missing")]
    public async Task A_status_sac_cannot_read_is_a_failure(string status, string problem)
    {
        gateway.Answer = Reply.Json($$"""
            { "enterpriseNumber": "0448391012", "name": "X SRL", {{status}} "seat": { "municipality": "Liège", "country": "BE" } }
            """);

        var answer = await host.EnterpriseRegister.FindCompanyAsync("0448391012", CancellationToken.None);

        Assert.Equal(RegistryOutcome.Failed, answer.Outcome);
        Assert.Contains(problem, answer.Failure, StringComparison.Ordinal);
    }
}
