using Sac.Application.Cases.CloseCase;
using Sac.Application.Common.Behaviours;
using Sac.Application.Register.ImportRegisterEntry;
using Sac.Application.Tests.Fakes;
using Sac.Application.Tests.TestData;
using Sac.Domain.Cases;
using Sac.Domain.Common;

namespace Sac.Application.Tests.Common;

public sealed class UnitOfWorkBehaviourTests
{
    private static readonly CloseCaseCommand Close = new(Guid.NewGuid(), CloseReason.NoSanction, null, 1);

    private readonly FakeUnitOfWork unitOfWork = new();

    [Fact]
    public async Task Handle_Success_SavesOnceAfterTheHandler()
    {
        var savesSeenByHandler = -1;
        var behaviour = new UnitOfWorkBehaviour<CloseCaseCommand, Result>(unitOfWork);

        var result = await behaviour.Handle(
            Close,
            (_, _) =>
            {
                savesSeenByHandler = unitOfWork.SaveChangesCalls;
                return ValueTask.FromResult(Result.Success());
            },
            CancellationToken.None);

        Assert.True(result.IsSuccess);
        Assert.Equal(0, savesSeenByHandler);
        Assert.Equal(1, unitOfWork.SaveChangesCalls);
    }

    [Fact]
    public async Task Handle_Failure_NeverSaves()
    {
        var failure = Result.Failure(new Error("STALE_VERSION", "Changed.", ErrorKind.Conflict));
        var behaviour = new UnitOfWorkBehaviour<CloseCaseCommand, Result>(unitOfWork);

        var result = await behaviour.Handle(Close, (_, _) => ValueTask.FromResult(failure), CancellationToken.None);

        Assert.Same(failure, result);
        Assert.Equal(0, unitOfWork.SaveChangesCalls);
    }

    [Fact]
    public async Task Handle_SuccessWithAValue_SavesOnceAndReturnsTheValue()
    {
        var id = Guid.NewGuid();
        var behaviour = new UnitOfWorkBehaviour<ImportRegisterEntryCommand, Result<Guid>>(unitOfWork);

        var result = await behaviour.Handle(
            RegisterCommands.GraffitiFine(), (_, _) => ValueTask.FromResult<Result<Guid>>(id), CancellationToken.None);

        Assert.Equal(id, result.Value);
        Assert.Equal(1, unitOfWork.SaveChangesCalls);
    }

    [Fact]
    public async Task Handle_FailureWithAValueType_NeverSaves()
    {
        var behaviour = new UnitOfWorkBehaviour<ImportRegisterEntryCommand, Result<Guid>>(unitOfWork);

        var result = await behaviour.Handle(
            RegisterCommands.GraffitiFine(),
            (_, _) => ValueTask.FromResult(Result<Guid>.Failure(new Error("AMOUNT_REQUIRED", "Amount.", Field: "amount"))),
            CancellationToken.None);

        Assert.True(result.IsFailure);
        Assert.Equal(0, unitOfWork.SaveChangesCalls);
    }

    [Fact]
    public async Task Handle_ThrowingHandler_NeverSaves()
    {
        var behaviour = new UnitOfWorkBehaviour<CloseCaseCommand, Result>(unitOfWork);

        await Assert.ThrowsAsync<InvalidOperationException>(async () =>
            await behaviour.Handle(Close, (_, _) => throw new InvalidOperationException("bug"), CancellationToken.None));

        Assert.Equal(0, unitOfWork.SaveChangesCalls);
    }
}
