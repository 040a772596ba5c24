using Sac.Domain.Cases;

namespace Sac.Application.Common.Ports;

public interface ICaseRepository
{
    Task<Case?> GetAsync(Guid id, CancellationToken cancellationToken);

    Task<Case?> FindByExternalIdAsync(string externalId, CancellationToken cancellationToken);

    Task<Case?> FindByNumberAsync(string number, CancellationToken cancellationToken);

    /// <summary>The municipality's cases in a status that awaits payment, whole (to take a payment).</summary>
    Task<IReadOnlyList<Case>> ListAwaitingPaymentAsync(string municipalityNis, CancellationToken cancellationToken);

    void Add(Case opened);
}
