using Sac.Application.Common.Ports;
using Sac.Domain.Register;

namespace Sac.Application.Tests.Fakes;

internal sealed class FakeRegisterRepository : IRegisterRepository
{
    public List<RegisterEntry> Entries { get; } = [];

    public void Add(RegisterEntry entry) => Entries.Add(entry);

    public Task<IReadOnlyList<PriorSanction>> FindSanctionsAsync(
        string offenderKey, IReadOnlyCollection<string> municipalities, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<PriorSanction>>(
        [
            .. Entries
                .Where(e => e.OffenderKey == offenderKey && municipalities.Contains(e.MunicipalityNis))
                .Select(e => e.ToPriorSanction()),
        ]);
}
