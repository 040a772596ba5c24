using Sac.Application.DataProtection.SubjectReport;
using Sac.Domain.Audit;
using Sac.Domain.Cases;
using Sac.Domain.CollegeSanctions;
using Sac.Domain.PlaceBans;
using Sac.Domain.Register;

namespace Sac.Application.Common.Ports;

/// <summary>Everything Sac holds about one national register number, within a set of municipalities (the data-subject report).</summary>
public interface IDataSubjectReads
{
    /// <summary>The cases whose offender has this number, whole and untracked, oldest facts first.</summary>
    Task<IReadOnlyList<Case>> FindCasesAsync(string nationalRegisterNumber, IReadOnlyCollection<string> municipalities, CancellationToken cancellationToken);

    Task<IReadOnlyList<RegisterEntry>> FindRegisterEntriesAsync(string nationalRegisterNumber, IReadOnlyCollection<string> municipalities, CancellationToken cancellationToken);

    /// <summary>
    /// The registry lookups of this number that concern these municipalities: the reference names one of their cases (its id
    /// or the finding's externalId), or the lookup was made by someone who works for one of them.
    /// </summary>
    Task<IReadOnlyList<RegistryAccess>> FindRegistryAccessesAsync(string nationalRegisterNumber, IReadOnlyCollection<string> municipalities, CancellationToken cancellationToken);

    /// <summary>The college sanctions whose holder has this number, untracked, oldest first.</summary>
    Task<IReadOnlyList<CollegeSanction>> FindCollegeSanctionsAsync(string nationalRegisterNumber, IReadOnlyCollection<string> municipalities, CancellationToken cancellationToken);

    /// <summary>The place bans imposed on the person with this number, untracked, with their periods, oldest first.</summary>
    Task<IReadOnlyList<PlaceBan>> FindPlaceBansAsync(string nationalRegisterNumber, IReadOnlyCollection<string> municipalities, CancellationToken cancellationToken);

    /// <summary>The documents of these cases, without their content.</summary>
    Task<IReadOnlyList<SubjectDocument>> ListDocumentsAsync(IReadOnlyCollection<Guid> caseIds, CancellationToken cancellationToken);
}
