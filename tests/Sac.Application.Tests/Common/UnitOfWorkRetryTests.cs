using Sac.Application.Cases.CloseCase;
using Sac.Application.Common.Behaviours;
using Sac.Application.Common.Ports;
using Sac.Application.Tests.Fakes;
using Sac.Domain.Cases;
using Sac.Domain.Common;

namespace Sac.Application.Tests.Common;

public sealed class UnitOfWorkRetryTests
{
    private static readonly CloseCaseCommand Close = new(Guid.NewGuid(), CloseReason.NoSanction, null, null);

    [Theory]
    [InlineData(1, 2)]
    [InlineData(2, 3)]
    public async Task Handle_ConcurrentSave_RerunsTheCommandOnFreshData(int conflicts, int runs)
    {
        var unitOfWork = new FakeUnitOfWork { ConflictingSaves = conflicts };
        var handlerRuns = 0;
        var behaviour = new UnitOfWorkBehaviour<CloseCaseCommand, Result>(unitOfWork);

        var result = await behaviour.Handle(Close, (_, _) => { handlerRuns++; return ValueTask.FromResult(Result.Success()); }, CancellationToken.None);

        Assert.True(result.IsSuccess);
        Assert.Equal(runs, handlerRuns);
        Assert.Equal(conflicts, unitOfWork.DiscardCalls);
    }

    [Fact]
    public async Task Handle_ConflictOnEveryAttempt_GivesUpAfterThreeRuns()
    {
        var unitOfWork = new FakeUnitOfWork { ConflictingSaves = 3 };
        var handlerRuns = 0;
        var behaviour = new UnitOfWorkBehaviour<CloseCaseCommand, Result>(unitOfWork);

        await Assert.ThrowsAsync<ConcurrentUpdateException>(async () =>
            await behaviour.Handle(Close, (_, _) => { handlerRuns++; return ValueTask.FromResult(Result.Success()); }, CancellationToken.None));
        Assert.Equal(3, handlerRuns);
    }
}
