using Sac.Application.Common.Ports;

namespace Sac.Application.Tests.Fakes;

/// <summary>Counts saves; the first <see cref="ConflictingSaves"/> saves fail as if another request saved first.</summary>
internal sealed class FakeUnitOfWork : IUnitOfWork
{
    public int SaveChangesCalls { get; private set; }

    public int DiscardCalls { get; private set; }

    public int ConflictingSaves { get; init; }

    public Task SaveChangesAsync(CancellationToken cancellationToken)
    {
        SaveChangesCalls++;
        return SaveChangesCalls <= ConflictingSaves ? throw new ConcurrentUpdateException() : Task.CompletedTask;
    }

    public void DiscardChanges() => DiscardCalls++;
}
