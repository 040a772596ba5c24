namespace Sac.Application.Common.Ports;

public interface IUnitOfWork
{
    /// <exception cref="ConcurrentUpdateException">Another request saved a conflicting change first.</exception>
    Task SaveChangesAsync(CancellationToken cancellationToken);

    /// <summary>Forgets every loaded and changed object, so a retried command starts from the database again.</summary>
    void DiscardChanges();
}
