using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Sac.Application.Deadlines;
using Sac.Web.Tests.Support;

namespace Sac.Web.Tests.Scenarios;

/// <summary>The decision limit approaching puts an undecided case in the official's time-bar queue.</summary>
public sealed class TimeBarQueueTests(June2025AppFactory factory) : IClassFixture<June2025AppFactory>
{
    [Fact]
    public async Task A_case_twenty_days_from_its_decision_limit_is_warned_and_queued()
    {
        // Facts on 10 January 2025: no fine after 10 July; on 20 June that is 20 days away, within the 30-day warning.
        var finding = FindingRequests.Finding(
            "44021", "LITTER", "2025-01-10T14:00:00+01:00", FindingRequests.PersonByNumber(NationalNumbers.Unique(new DateOnly(1969, 12, 31))));
        var id = (await factory.RecordCaseAsync(finding)).Id();
        using var official = factory.CreateApiClient(Sac.Testing.DemoTokens.Official);
        var fresh = await official.GetOkJsonAsync($"/api/v1/cases/{id}");

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ApplyDueDeadlinesCommand(Guid.Parse(id)))).IsSuccess);
        }

        var warned = await official.GetOkJsonAsync($"/api/v1/cases/{id}");
        Assert.Equal("2025-07-10", warned.Deadline("decision"));
        Assert.Equal(["TimeBarWarning"], warned.TimelineTypes().Except(fresh.TimelineTypes()));
        Assert.Equal(30, warned["procedure"]!["timeBarWarnedAtDays"]!.GetValue<int>());
        var queue = await official.GetOkJsonAsync("/api/v1/cases?queue=TimeBarRisk&pageSize=200");
        Assert.Contains(queue["items"]!.AsArray(), item => item!["id"]!.GetValue<string>() == id);
        var overdue = await official.GetOkJsonAsync("/api/v1/cases?queue=PaymentOverdue&pageSize=200");
        Assert.DoesNotContain(overdue["items"]!.AsArray(), item => item!["id"]!.GetValue<string>() == id);
    }
}
