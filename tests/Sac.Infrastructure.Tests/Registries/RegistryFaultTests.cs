using System.Diagnostics;
using Sac.Application.Registries;

namespace Sac.Infrastructure.Tests.Registries;

/// <summary>Every way a gateway can fail ends as an answer, never as an exception; retries and the breaker behave as documented.</summary>
public sealed class RegistryFaultTests : IAsyncLifetime
{
    private const string Person = """
        {
          "nationalNumber": "85073003328",
          "name": { "last": "Peeters", "first": "Jan" },
          "birthDate": "1985-07-30",
          "gender": "M",
          "residence": { "street": "Kerkstraat", "houseNumber": "12", "postalCode": "9000", "municipality": "Gent", "country": "BE" }
        }
        """;

    private FakeGateway gateway = null!;

    public async Task InitializeAsync() => gateway = await FakeGateway.StartAsync();

    public async Task DisposeAsync() => await gateway.DisposeAsync();

    private static Task<RegistryAnswer<RegisteredPerson>> FindAsync(RegistryTestHost host, CancellationToken cancellationToken = default) =>
        host.NationalRegister.FindPersonAsync("85073003328", cancellationToken);

    [Fact]
    public async Task The_gateway_404_is_not_found_and_is_asked_once()
    {
        await using var host = RegistryTestHost.Start(gateway.BaseUrl);
        gateway.Answer = Reply.NotFound();

        var answer = await FindAsync(host);

        Assert.Equal(RegistryOutcome.NotFound, answer.Outcome);
        Assert.Equal(1, gateway.Hits);
    }

    [Fact]
    public async Task A_404_that_is_not_the_gateways_is_a_failure_not_a_not_found()
    {
        await using var host = RegistryTestHost.Start(gateway.BaseUrl);
        gateway.Answer = Reply.Json("<html><body>Not Found</body></html>", 404, "text/html");

        var answer = await FindAsync(host);

        Assert.Equal(RegistryOutcome.Failed, answer.Outcome);
        Assert.Contains("404", answer.Failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(403)]
    public async Task A_client_error_fails_without_a_retry(int status)
    {
        await using var host = RegistryTestHost.Start(gateway.BaseUrl);
        gateway.Answer = Reply.Status(status);

        var answer = await FindAsync(host);

        Assert.Equal(RegistryOutcome.Failed, answer.Outcome);
        Assert.Contains($"HTTP {status}", answer.Failure, StringComparison.Ordinal);
        Assert.Equal(1, gateway.Hits);
    }

    [Fact]
    public async Task A_500_that_persists_fails_after_the_retries()
    {
        await using var host = RegistryTestHost.Start(gateway.BaseUrl);
        gateway.Answer = Reply.Status(500);

        var answer = await FindAsync(host);

        Assert.Equal(RegistryOutcome.Failed, answer.Outcome);
        Assert.Equal("The National Register gateway answered HTTP 500.", answer.Failure);
        Assert.Equal(3, gateway.Hits);
    }

    [Theory]
    [InlineData(503)]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(504)]
    [InlineData(408)]
    [InlineData(429)]
    public async Task A_transient_error_then_an_answer_is_found_on_the_retry(int status)
    {
        await using var host = RegistryTestHost.Start(gateway.BaseUrl);
        gateway.Answer = Reply.Sequence(Reply.Status(status), Reply.Json(Person));

        var answer = await FindAsync(host);

        Assert.Equal(RegistryOutcome.Found, answer.Outcome);
        Assert.Equal("Peeters", answer.Value!.LastName);
        Assert.Equal(2, gateway.Hits);
    }

    [Theory]
    [InlineData("""{ "nationalNumber": "85073003328", "name": """, "application/json")]
    [InlineData("<html><body>Service Unavailable</body></html>", "text/html")]
    [InlineData("""{ "nationalNumber": "85073003328", "name": { "last": "Peeters" }, "birthDate": "30/07/1985" }""", "application/json")]
    [InlineData("""{ "nationalNumber": 85073003328 }""", "application/json")]
    [InlineData("""[ "not", "a", "person" ]""", "application/json")]
    [InlineData("", "application/json")]
    public async Task A_malformed_body_is_a_failure_and_is_not_retried(string body, string contentType)
    {
        await using var host = RegistryTestHost.Start(gateway.BaseUrl);
        gateway.Answer = Reply.Json(body, 200, contentType);

        var answer = await FindAsync(host);

        Assert.Equal(RegistryOutcome.Failed, answer.Outcome);
        Assert.Equal("The National Register gateway sent a body that is not the JSON of the contract.", answer.Failure);
        Assert.Equal(1, gateway.Hits);
    }

    [Fact]
    public async Task A_body_without_the_required_fields_is_a_failure_that_names_them()
    {
        await using var host = RegistryTestHost.Start(gateway.BaseUrl);
        gateway.Answer = Reply.Json("""{ "nationalNumber": "85073003328", "name": { "first": "Jan" }, "gender": "M" }""");

        var answer = await FindAsync(host);

        Assert.Equal(RegistryOutcome.Failed, answer.Outcome);
        Assert.Equal(
            "The National Register gateway's answer does not follow the contract: name.last is missing; birthDate is missing; residence is missing.",
            answer.Failure);
    }

    [Fact]
    public async Task A_json_null_body_is_a_failure()
    {
        await using var host = RegistryTestHost.Start(gateway.BaseUrl);
        gateway.Answer = Reply.Json("null");

        var answer = await FindAsync(host);

        Assert.Equal(RegistryOutcome.Failed, answer.Outcome);
    }

    [Fact]
    public async Task A_slow_answer_times_out_on_every_attempt_and_fails()
    {
        await using var host = RegistryTestHost.Start(gateway.BaseUrl, ("TimeoutSeconds", "0.3"), ("TotalTimeoutSeconds", "5"));
        gateway.Answer = Reply.Slow(TimeSpan.FromSeconds(30), Reply.Json(Person));
        var clock = Stopwatch.StartNew();

        var answer = await FindAsync(host);

        Assert.Equal(RegistryOutcome.Failed, answer.Outcome);
        Assert.Equal("The National Register gateway did not answer in time.", answer.Failure);
        Assert.Equal(3, gateway.Hits);
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(4));
    }

    [Fact]
    public async Task A_slow_first_answer_is_retried_and_found()
    {
        await using var host = RegistryTestHost.Start(gateway.BaseUrl, ("TimeoutSeconds", "0.3"), ("TotalTimeoutSeconds", "5"));
        gateway.Answer = Reply.Sequence(Reply.Slow(TimeSpan.FromSeconds(30), Reply.Json(Person)), Reply.Json(Person));

        var answer = await FindAsync(host);

        Assert.Equal(RegistryOutcome.Found, answer.Outcome);
        Assert.Equal(2, gateway.Hits);
    }

    [Fact]
    public async Task The_total_timeout_bounds_the_lookup_whatever_the_retries()
    {
        // Five retries of 1 s would take over 6 s; the total timeout ends the lookup at 1.5 s, during the second attempt.
        await using var host = RegistryTestHost.Start(
            gateway.BaseUrl, ("TimeoutSeconds", "1"), ("TotalTimeoutSeconds", "1.5"), ("Retry:MaxRetries", "5"));
        gateway.Answer = Reply.Slow(TimeSpan.FromSeconds(30), Reply.Json(Person));
        var clock = Stopwatch.StartNew();

        var answer = await FindAsync(host);

        Assert.Equal(RegistryOutcome.Failed, answer.Outcome);
        Assert.Equal("The National Register gateway did not answer in time.", answer.Failure);
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(1.4), TimeSpan.FromSeconds(4));
        Assert.Equal(2, gateway.Hits);
    }

    [Fact]
    public async Task The_circuit_opens_after_consistent_failures_and_then_fails_fast_without_asking()
    {
        // Two attempts per lookup (one retry); the breaker opens once 4 attempts, at least half of them failed, were seen.
        await using var host = RegistryTestHost.Start(
            gateway.BaseUrl, ("Retry:MaxRetries", "1"), ("CircuitBreaker:MinimumThroughput", "4"), ("CircuitBreaker:BreakDurationSeconds", "30"));
        gateway.Answer = Reply.Status(500);

        var first = await FindAsync(host);
        var second = await FindAsync(host);

        Assert.Equal("The National Register gateway answered HTTP 500.", first.Failure);
        Assert.Equal("The National Register gateway answered HTTP 500.", second.Failure);
        Assert.Equal(4, gateway.Hits);

        gateway.Answer = Reply.Json(Person);
        var clock = Stopwatch.StartNew();
        var third = await FindAsync(host);

        Assert.Equal(RegistryOutcome.Failed, third.Outcome);
        Assert.Equal("The National Register gateway failed repeatedly; Sac is not asking it for a while (circuit open).", third.Failure);
        Assert.Equal(4, gateway.Hits);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"an open circuit answers at once, not after {clock.Elapsed}");

        // Each registry has its own circuit: the enterprise register behind the same gateway is still asked.
        gateway.Answer = Reply.NotFound();
        var company = await host.EnterpriseRegister.FindCompanyAsync("0403170701", CancellationToken.None);
        Assert.Equal(RegistryOutcome.NotFound, company.Outcome);
        Assert.Equal(5, gateway.Hits);
    }

    [Fact]
    public async Task The_circuit_closes_again_after_the_break_when_the_gateway_has_recovered()
    {
        await using var host = RegistryTestHost.Start(
            gateway.BaseUrl, ("Retry:MaxRetries", "1"), ("CircuitBreaker:MinimumThroughput", "2"), ("CircuitBreaker:BreakDurationSeconds", "0.5"));
        gateway.Answer = Reply.Status(503);
        await FindAsync(host);
        Assert.Contains("circuit open", (await FindAsync(host)).Failure, StringComparison.Ordinal);

        gateway.Answer = Reply.Json(Person);
        await Task.Delay(TimeSpan.FromSeconds(0.7));
        var answer = await FindAsync(host);

        Assert.Equal(RegistryOutcome.Found, answer.Outcome);
    }

    [Fact]
    public async Task An_unreachable_gateway_is_a_failure()
    {
        var closed = await FakeGateway.StartAsync();
        var address = closed.BaseUrl;
        await closed.DisposeAsync();
        await using var host = RegistryTestHost.Start(address);

        var answer = await FindAsync(host);

        Assert.Equal(RegistryOutcome.Failed, answer.Outcome);
        Assert.Equal("The National Register gateway could not be reached (ConnectionError).", answer.Failure);
    }

    [Fact]
    public async Task An_answer_larger_than_any_lookup_is_a_failure()
    {
        await using var host = RegistryTestHost.Start(gateway.BaseUrl);
        gateway.Answer = Reply.Json($$"""{ "padding": "{{new string('x', 300 * 1024)}}" }""");

        var answer = await FindAsync(host);

        Assert.Equal(RegistryOutcome.Failed, answer.Outcome);
        Assert.Equal("The National Register gateway sent an answer far larger than any lookup; it was not read.", answer.Failure);
    }

    [Fact]
    public async Task The_callers_cancellation_propagates()
    {
        await using var host = RegistryTestHost.Start(gateway.BaseUrl);
        gateway.Answer = Reply.Slow(TimeSpan.FromSeconds(30), Reply.Json(Person));
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => FindAsync(host, cancellation.Token));
        Assert.Equal(1, gateway.Hits);
    }
}
