using Sac.Application.Common.Ports;
using Sac.Domain.Cases;

namespace Sac.Application.Tests.Fakes;

/// <summary>An in-memory <see cref="ICaseRepository"/>; <see cref="Added"/> holds what handlers added.</summary>
internal sealed class FakeCaseRepository : ICaseRepository
{
    private readonly List<Case> stored = [];

    public List<Case> Added { get; } = [];

    /// <summary>Stores a case as if an earlier request had saved it.</summary>
    public FakeCaseRepository With(Case existing)
    {
        stored.Add(existing);
        return this;
    }

    public Task<Case?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        Task.FromResult(All().FirstOrDefault(c => c.Id == id));

    public Task<Case?> FindByExternalIdAsync(string externalId, CancellationToken cancellationToken) =>
        Task.FromResult(All().FirstOrDefault(c => c.ExternalId == externalId));

    public Task<Case?> FindByNumberAsync(string number, CancellationToken cancellationToken) =>
        Task.FromResult(All().FirstOrDefault(c => c.Number == number));

    public Task<IReadOnlyList<Case>> ListAwaitingPaymentAsync(string municipalityNis, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Case>>([.. All().Where(c => c.MunicipalityNis == municipalityNis && CaseTransitions.AwaitingPayment.Contains(c.Status))]);

    public void Add(Case opened) => Added.Add(opened);

    private IEnumerable<Case> All() => stored.Concat(Added);
}
