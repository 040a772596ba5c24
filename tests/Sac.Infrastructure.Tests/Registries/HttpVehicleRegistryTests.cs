using Sac.Application.Registries;
using Sac.Domain.Offenders;

namespace Sac.Infrastructure.Tests.Registries;

public sealed class HttpVehicleRegistryTests : IAsyncLifetime
{
    private static readonly DateOnly FactsDate = new(2025, 3, 14);

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
    public async Task A_person_holder_with_the_period_and_the_date_of_the_facts_in_the_query()
    {
        gateway.Answer = Reply.Json("""
            {
              "plate": "1ABC123",
              "period": { "from": "2023-05-01", "until": "2025-06-30" },
              "holder": {
                "type": "person",
                "person": {
                  "nationalNumber": "85.07.30-033.28",
                  "name": { "last": "Peeters", "first": "Jan" },
                  "birthDate": "1985-07-30"
                },
                "language": "nl",
                "address": { "street": "Kerkstraat", "houseNumber": "12", "postalCode": "9000", "municipality": "Gent", "country": "BE" },
                "vehicle": { "make": "ignored" }
              }
            }
            """);

        var answer = await host.VehicleRegistry.FindHolderAsync("1-abc-123", FactsDate, CancellationToken.None);

        Assert.Equal(RegistryOutcome.Found, answer.Outcome);
        Assert.Equal(
            new VehicleHolder("1ABC123", new DateOnly(2023, 5, 1), new DateOnly(2025, 6, 30), "85073003328", null, "Peeters", "Jan",
                new DateOnly(1985, 7, 30), "nl", new Address("Kerkstraat", "12", "9000", "Gent", "BE")),
            answer.Value);
        Assert.Equal("/vehicles/1ABC123/holder?date=2025-03-14", Assert.Single(gateway.Requests));
    }

    [Fact]
    public async Task A_company_holder_still_holding_the_plate()
    {
        gateway.Answer = Reply.Json("""
            {
              "plate": "2XYZ789",
              "period": { "from": "2024-01-10", "until": null },
              "holder": {
                "type": "company",
                "company": { "enterpriseNumber": "0403.170.701", "name": "Leasing Vlaanderen NV" },
                "language": "nl",
                "address": { "street": "Havenlaan", "houseNumber": "2", "box": "B", "postalCode": "1000", "municipality": "Brussel", "country": "BE" }
              }
            }
            """);

        var answer = await host.VehicleRegistry.FindHolderAsync("2XYZ789", FactsDate, CancellationToken.None);

        Assert.Equal(RegistryOutcome.Found, answer.Outcome);
        Assert.Equal(
            new VehicleHolder("2XYZ789", new DateOnly(2024, 1, 10), null, null, "0403170701", "Leasing Vlaanderen NV", null, null, "nl",
                new Address("Havenlaan", "2/B", "1000", "Brussel", "BE")),
            answer.Value);
    }

    [Theory]
    [InlineData("2025-03-15", null)]
    [InlineData("2020-01-01", "2025-03-13")]
    public async Task A_holder_period_without_the_date_of_the_facts_is_a_failure(string from, string? until)
    {
        var untilJson = until is null ? "null" : $"\"{until}\"";
        gateway.Answer = Reply.Json($$"""
            {
              "plate": "1ABC123",
              "period": { "from": "{{from}}", "until": {{untilJson}} },
              "holder": { "type": "company", "company": { "name": "Today's Holder BV" }, "address": { "municipality": "Gent", "country": "BE" } }
            }
            """);

        var answer = await host.VehicleRegistry.FindHolderAsync("1ABC123", FactsDate, CancellationToken.None);

        Assert.Equal(RegistryOutcome.Failed, answer.Outcome);
        Assert.Contains("period does not include the date asked for", answer.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_period_bounds_are_inclusive()
    {
        gateway.Answer = Reply.Json("""
            {
              "plate": "1ABC123",
              "period": { "from": "2025-03-14", "until": "2025-03-14" },
              "holder": { "type": "company", "company": { "name": "One Day BV" }, "address": { "municipality": "Gent", "country": "BE" } }
            }
            """);

        var answer = await host.VehicleRegistry.FindHolderAsync("1ABC123", FactsDate, CancellationToken.None);

        Assert.Equal(RegistryOutcome.Found, answer.Outcome);
    }

    [Theory]
    [InlineData("""{ "type": "person", "address": { "municipality": "Gent", "country": "BE" } }""", "holder.person is missing")]
    [InlineData("""{ "type": "trust", "address": { "municipality": "Gent", "country": "BE" } }""", "holder.type is neither")]
    [InlineData("""{ "type": "company", "company": { "name": "X BV" } }""", "holder.address is missing")]
    [InlineData("""{ "type": "person", "person": { "name": { "first": "Jan" } }, "address": { "municipality": "Gent", "country": "Belgium" } }""",
        "holder.address.country is not an ISO 3166-1 alpha-2 code; holder.person.name.last is missing")]
    public async Task An_incomplete_holder_is_a_failure_that_names_the_field(string holder, string problem)
    {
        gateway.Answer = Reply.Json($$"""{ "plate": "1ABC123", "period": { "from": "2020-01-01" }, "holder": {{holder}} }""");

        var answer = await host.VehicleRegistry.FindHolderAsync("1ABC123", FactsDate, CancellationToken.None);

        Assert.Equal(RegistryOutcome.Failed, answer.Outcome);
        Assert.Contains(problem, answer.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_answer_about_another_plate_is_a_failure()
    {
        gateway.Answer = Reply.Json("""
            { "plate": "1ABC124", "period": { "from": "2020-01-01" },
              "holder": { "type": "company", "company": { "name": "X BV" }, "address": { "municipality": "Gent", "country": "BE" } } }
            """);

        var answer = await host.VehicleRegistry.FindHolderAsync("1ABC123", FactsDate, CancellationToken.None);

        Assert.Equal(RegistryOutcome.Failed, answer.Outcome);
        Assert.Contains("plate is not the plate asked for", answer.Failure, StringComparison.Ordinal);
    }
}
