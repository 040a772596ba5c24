using Sac.Domain.Cases;
using Sac.Domain.CollegeSanctions;
using Sac.Domain.Documents;
using Sac.Domain.Measures;
using Sac.Domain.PlaceBans;
using Sac.Domain.Register;

namespace Sac.Application.Common.Ports;

/// <summary>A municipality's retention setting, as the retention job groups municipalities by it.</summary>
public sealed record MunicipalityRetention(string Nis, int RetentionYears);

/// <summary>Municipalities that share a retention period, and the latest start (closure or decision) whose period has ended.</summary>
public sealed record RetentionCutoff(IReadOnlyCollection<string> Municipalities, DateOnly StartedOnOrBefore);

/// <summary>
/// What the retention job reads: set-based queries for what expired, loaded (and tracked, so the unit of work saves the
/// changes) one batch at a time, oldest first.
/// </summary>
public interface IRetentionStore
{
    Task<IReadOnlyList<MunicipalityRetention>> ListRetentionsAsync(CancellationToken cancellationToken);

    /// <summary>Closed cases not yet anonymised, closed on or before their cutoff, whole (timeline, defences, payments).</summary>
    Task<IReadOnlyList<Case>> LoadExpiredCasesAsync(IReadOnlyList<RetentionCutoff> cutoffs, int max, CancellationToken cancellationToken);

    /// <summary>Register lines not yet anonymised, decided on or before their cutoff.</summary>
    Task<IReadOnlyList<RegisterEntry>> LoadExpiredRegisterEntriesAsync(IReadOnlyList<RetentionCutoff> cutoffs, int max, CancellationToken cancellationToken);

    /// <summary>College sanctions not yet anonymised whose retention runs from their cutoff or earlier.</summary>
    Task<IReadOnlyList<CollegeSanction>> LoadExpiredCollegeSanctionsAsync(IReadOnlyList<RetentionCutoff> cutoffs, int max, CancellationToken cancellationToken);

    /// <summary>Place bans not yet anonymised whose retention runs from their cutoff or earlier, with their periods.</summary>
    Task<IReadOnlyList<PlaceBan>> LoadExpiredPlaceBansAsync(IReadOnlyList<RetentionCutoff> cutoffs, int max, CancellationToken cancellationToken);

    /// <summary>The letters of these measures, marked for deletion with the batch: a letter names and addresses the person.</summary>
    Task<int> RemoveMeasureDocumentsAsync(IReadOnlyCollection<Guid> measureIds, CancellationToken cancellationToken);

    /// <summary>The documents of these cases whose content is still there.</summary>
    Task<IReadOnlyList<CaseDocument>> LoadDocumentsToEraseAsync(IReadOnlyCollection<Guid> caseIds, CancellationToken cancellationToken);
}
