using Microsoft.EntityFrameworkCore;
using Sac.Application.Common.Ports;
using Sac.Application.DataProtection.SubjectReport;
using Sac.Domain.Audit;
using Sac.Domain.Cases;
using Sac.Domain.CollegeSanctions;
using Sac.Domain.Offenders;
using Sac.Domain.PlaceBans;
using Sac.Domain.Register;
using Sac.Infrastructure.Persistence;

namespace Sac.Infrastructure.DataProtection;

/// <summary>The data-subject report's reads: by the indexed number columns (cases, register key, registry-access subject).</summary>
internal sealed class DataSubjectReads(SacDbContext db) : IDataSubjectReads
{
    public async Task<IReadOnlyList<Case>> FindCasesAsync(string nationalRegisterNumber, IReadOnlyCollection<string> municipalities, CancellationToken cancellationToken)
    {
        var scope = municipalities.ToList();
        return await db.Cases.AsNoTracking().AsSplitQuery()
            .Where(c => c.Offender.NationalRegisterNumber == nationalRegisterNumber && scope.Contains(c.MunicipalityNis))
            .OrderBy(c => c.FactsDate)
            .ThenBy(c => c.Number)
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<RegisterEntry>> FindRegisterEntriesAsync(
        string nationalRegisterNumber, IReadOnlyCollection<string> municipalities, CancellationToken cancellationToken)
    {
        var scope = municipalities.ToList();
        var key = Offender.Person(NationalRegisterNumber.Create(nationalRegisterNumber).Value, null, null, null, null, null).IdentityKey;
        return await db.RegisterEntries.AsNoTracking()
            .Where(e => e.OffenderKey == key && scope.Contains(e.MunicipalityNis))
            .OrderBy(e => e.DecidedOn)
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<CollegeSanction>> FindCollegeSanctionsAsync(
        string nationalRegisterNumber, IReadOnlyCollection<string> municipalities, CancellationToken cancellationToken)
    {
        var scope = municipalities.ToList();
        return await db.CollegeSanctions.AsNoTracking()
            .Where(s => s.Holder.NationalRegisterNumber == nationalRegisterNumber && scope.Contains(s.MunicipalityNis))
            .OrderBy(s => s.RecordedAt)
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<PlaceBan>> FindPlaceBansAsync(
        string nationalRegisterNumber, IReadOnlyCollection<string> municipalities, CancellationToken cancellationToken)
    {
        var scope = municipalities.ToList();
        return await db.PlaceBans.AsNoTracking()
            .Where(b => b.Person.NationalRegisterNumber == nationalRegisterNumber && scope.Contains(b.MunicipalityNis))
            .OrderBy(b => b.RecordedAt)
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<RegistryAccess>> FindRegistryAccessesAsync(
        string nationalRegisterNumber, IReadOnlyCollection<string> municipalities, CancellationToken cancellationToken)
    {
        // The number as stored, or as people write it: whichever form the adapter logged.
        string[] subjects = [nationalRegisterNumber, NationalRegisterNumber.Create(nationalRegisterNumber).Value.Formatted];
        var lines = await db.RegistryAccesses.AsNoTracking().Where(a => subjects.Contains(a.Subject)).ToListAsync(cancellationToken);
        if (lines.Count == 0)
        {
            return [];
        }

        // A person's lookups are few: the scope is decided on them, with two small queries.
        var scope = municipalities.ToList();
        var references = lines.Select(a => a.Reference).Where(r => r.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var caseIds = references.Select(r => Guid.TryParse(r, out var id) ? id : (Guid?)null).OfType<Guid>().ToList();
        var cases = await db.Cases.AsNoTracking()
            .Where(c => scope.Contains(c.MunicipalityNis) && (caseIds.Contains(c.Id) || (c.ExternalId != null && references.Contains(c.ExternalId))))
            .Select(c => new { c.Id, c.ExternalId })
            .ToListAsync(cancellationToken);
        var inScopeReferences = cases.Select(c => c.Id.ToString()).Concat(cases.Select(c => c.ExternalId).OfType<string>())
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

        var names = lines.Select(a => a.UserName).Distinct(StringComparer.Ordinal).ToList();
        var colleagues = await (
                from user in db.Users
                join works in db.UserMunicipalities on user.Id equals works.UserId
                where scope.Contains(works.MunicipalityNis) && ((user.Email != null && names.Contains(user.Email)) || (user.UserName != null && names.Contains(user.UserName)))
                select new { user.Email, user.UserName })
            .ToListAsync(cancellationToken);
        var inScopeUsers = colleagues.SelectMany(u => new[] { u.Email, u.UserName }).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);

        return [.. lines.Where(a => inScopeReferences.Contains(a.Reference) || inScopeUsers.Contains(a.UserName)).OrderBy(a => a.At).ThenBy(a => a.Id)];
    }

    public async Task<IReadOnlyList<SubjectDocument>> ListDocumentsAsync(IReadOnlyCollection<Guid> caseIds, CancellationToken cancellationToken)
    {
        var ids = caseIds.ToList();

        // A projection: the content stays in the database.
        return await db.CaseDocuments.AsNoTracking()
            .Where(d => ids.Contains(d.CaseId))
            .OrderBy(d => d.CaseNumber)
            .ThenBy(d => d.CreatedAt)
            .Select(d => new SubjectDocument(
                d.Id, d.CaseId, d.CaseNumber, d.Kind, d.Language, d.FileName, d.Size, d.Sha256, d.CreatedAt, d.PostedOn, d.ContentErasedOn))
            .ToListAsync(cancellationToken);
    }
}
