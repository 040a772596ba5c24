using Sac.Application.Deadlines;
using Sac.Application.Tests.Fakes;
using Sac.Application.Tests.TestData;

namespace Sac.Application.Tests.Deadlines;

public sealed class SweepDueDeadlinesHandlerTests
{
    private readonly FakeCaseReadService reads = new();
    private readonly FakeDeadlineScheduler scheduler = new();

    [Fact]
    public async Task EveryDueCase_IsCheckedAtOnce_AndCounted()
    {
        Guid[] due = [Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()];
        reads.Due.AddRange(due);

        var result = await Sweep("2025-03-10T04:00:00+01:00");

        Assert.Equal(3, result.Value);
        var today = new DateOnly(2025, 3, 10);
        Assert.Equal(today, reads.DueAskedFor);
        Assert.Equal(due, scheduler.CheckedNow);
        Assert.Empty(scheduler.Scheduled);
    }

    [Fact]
    public async Task Today_IsTheDayInBrussels_NotInUtc()
    {
        reads.Due.Add(Guid.NewGuid());

        // 23:30 UTC on 10 March is 00:30 on 11 March in Brussels.
        await Sweep("2025-03-10T23:30:00+00:00");

        Assert.Equal(new DateOnly(2025, 3, 11), reads.DueAskedFor);
    }

    [Fact]
    public async Task NothingDue_ZeroAndNothingScheduled()
    {
        var result = await Sweep("2025-03-10T04:00:00+01:00");

        Assert.True(result.IsSuccess);
        Assert.Equal(0, result.Value);
        Assert.Empty(scheduler.CheckedNow);
    }

    private async Task<Sac.Domain.Common.Result<int>> Sweep(string now) =>
        await new SweepDueDeadlinesHandler(reads, scheduler, TestClock.At(now)).Handle(new SweepDueDeadlinesCommand(), CancellationToken.None);
}
