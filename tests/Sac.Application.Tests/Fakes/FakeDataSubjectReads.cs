using Sac.Application.Common.Ports;
using Sac.Application.DataProtection.SubjectReport;
using Sac.Domain.Audit;
using Sac.Domain.Cases;
using Sac.Domain.CollegeSanctions;
using Sac.Domain.PlaceBans;
using Sac.Domain.Register;

namespace Sac.Application.Tests.Fakes;

/// <summary>Answers from lists, within the municipalities asked; registry lookups are scoped by the case their reference names.</summary>
internal sealed class FakeDataSubjectReads : IDataSubjectReads
{
    public List<Case> Cases { get; } = [];

    public List<RegisterEntry> RegisterEntries { get; } = [];

    public List<RegistryAccess> RegistryAccesses { get; } = [];

    public List<CollegeSanction> CollegeSanctions { get; } = [];

    public List<PlaceBan> PlaceBans { get; } = [];

    public IReadOnlyCollection<string>? AskedFor { get; private set; }

    public Task<IReadOnlyList<Case>> FindCasesAsync(string nationalRegisterNumber, IReadOnlyCollection<string> municipalities, CancellationToken cancellationToken)
    {
        AskedFor = municipalities;
        return Task.FromResult<IReadOnlyList<Case>>([.. Cases.Where(c => c.Offender.NationalRegisterNumber == nationalRegisterNumber && municipalities.Contains(c.MunicipalityNis))]);
    }

    public Task<IReadOnlyList<RegisterEntry>> FindRegisterEntriesAsync(string nationalRegisterNumber, IReadOnlyCollection<string> municipalities, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<RegisterEntry>>([.. RegisterEntries.Where(e => e.OffenderKey == "NRN:" + nationalRegisterNumber && municipalities.Contains(e.MunicipalityNis))]);

    public Task<IReadOnlyList<RegistryAccess>> FindRegistryAccessesAsync(string nationalRegisterNumber, IReadOnlyCollection<string> municipalities, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<RegistryAccess>>([.. RegistryAccesses.Where(a =>
            a.Subject == nationalRegisterNumber && Cases.Any(c => c.Id.ToString() == a.Reference && municipalities.Contains(c.MunicipalityNis)))]);

    public Task<IReadOnlyList<CollegeSanction>> FindCollegeSanctionsAsync(string nationalRegisterNumber, IReadOnlyCollection<string> municipalities, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<CollegeSanction>>([.. CollegeSanctions.Where(s => s.Holder.NationalRegisterNumber == nationalRegisterNumber && municipalities.Contains(s.MunicipalityNis))]);

    public Task<IReadOnlyList<PlaceBan>> FindPlaceBansAsync(string nationalRegisterNumber, IReadOnlyCollection<string> municipalities, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<PlaceBan>>([.. PlaceBans.Where(b => b.Person.NationalRegisterNumber == nationalRegisterNumber && municipalities.Contains(b.MunicipalityNis))]);

    public Task<IReadOnlyList<SubjectDocument>> ListDocumentsAsync(IReadOnlyCollection<Guid> caseIds, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<SubjectDocument>>([]);
}
