using Sac.Application.Common.Ports;
using Sac.Domain.Cases;
using Sac.Domain.CollegeSanctions;
using Sac.Domain.Documents;
using Sac.Domain.Measures;
using Sac.Domain.PlaceBans;
using Sac.Domain.Register;

namespace Sac.Application.Tests.Fakes;

/// <summary>The retention store's queries in memory, with the same conditions as the database's; records the cutoffs asked for.</summary>
internal sealed class FakeRetentionStore : IRetentionStore
{
    public List<MunicipalityRetention> Retentions { get; } = [];

    public List<Case> Cases { get; } = [];

    public List<RegisterEntry> RegisterEntries { get; } = [];

    public List<CaseDocument> Documents { get; } = [];

    public List<CollegeSanction> CollegeSanctions { get; } = [];

    public List<PlaceBan> PlaceBans { get; } = [];

    public List<MeasureDocument> MeasureDocuments { get; } = [];

    public IReadOnlyList<RetentionCutoff> CaseCutoffs { get; private set; } = [];

    public Task<IReadOnlyList<MunicipalityRetention>> ListRetentionsAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<MunicipalityRetention>>(Retentions);

    public Task<IReadOnlyList<Case>> LoadExpiredCasesAsync(IReadOnlyList<RetentionCutoff> cutoffs, int max, CancellationToken cancellationToken)
    {
        CaseCutoffs = cutoffs;
        return Task.FromResult<IReadOnlyList<Case>>([.. Cases
            .Where(c => c.Status == CaseStatus.Closed && c.AnonymisedOn is null && cutoffs.Any(k =>
                k.Municipalities.Contains(c.MunicipalityNis) && c.ClosedOn is { } closed && closed <= k.StartedOnOrBefore))
            .OrderBy(c => c.ClosedOn)
            .Take(max)]);
    }

    public Task<IReadOnlyList<RegisterEntry>> LoadExpiredRegisterEntriesAsync(IReadOnlyList<RetentionCutoff> cutoffs, int max, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<RegisterEntry>>([.. RegisterEntries
            .Where(e => e.AnonymisedOn is null && cutoffs.Any(k => k.Municipalities.Contains(e.MunicipalityNis) && e.DecidedOn <= k.StartedOnOrBefore))
            .OrderBy(e => e.DecidedOn)
            .Take(max)]);

    public Task<IReadOnlyList<CollegeSanction>> LoadExpiredCollegeSanctionsAsync(IReadOnlyList<RetentionCutoff> cutoffs, int max, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<CollegeSanction>>([.. CollegeSanctions
            .Where(s => s.AnonymisedOn is null && cutoffs.Any(k => k.Municipalities.Contains(s.MunicipalityNis) && s.RetentionFrom <= k.StartedOnOrBefore))
            .OrderBy(s => s.RetentionFrom)
            .Take(max)]);

    public Task<IReadOnlyList<PlaceBan>> LoadExpiredPlaceBansAsync(IReadOnlyList<RetentionCutoff> cutoffs, int max, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<PlaceBan>>([.. PlaceBans
            .Where(b => b.AnonymisedOn is null && cutoffs.Any(k => k.Municipalities.Contains(b.MunicipalityNis) && b.RetentionFrom <= k.StartedOnOrBefore))
            .OrderBy(b => b.RetentionFrom)
            .Take(max)]);

    public Task<int> RemoveMeasureDocumentsAsync(IReadOnlyCollection<Guid> measureIds, CancellationToken cancellationToken) =>
        Task.FromResult(MeasureDocuments.RemoveAll(d => measureIds.Contains(d.MeasureId)));

    public Task<IReadOnlyList<CaseDocument>> LoadDocumentsToEraseAsync(IReadOnlyCollection<Guid> caseIds, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<CaseDocument>>([.. Documents.Where(d => caseIds.Contains(d.CaseId) && d.ContentErasedOn is null)]);
}
