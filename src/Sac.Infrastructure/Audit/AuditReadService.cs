using Microsoft.EntityFrameworkCore;
using Sac.Application.Audit;
using Sac.Application.Common;
using Sac.Domain.Audit;
using Sac.Infrastructure.Persistence;

namespace Sac.Infrastructure.Audit;

// ToUpper and ToLower below sit in queries that the database runs as upper() and lower(); .NET's culture never applies.
#pragma warning disable CA1304, CA1311, CA1862

/// <summary>
/// Reads both logs newest first, limited to the reader's municipalities. An audit entry belongs to its municipality; one
/// about a user (signing in, tokens) to the municipalities that user works for. A registry-access line belongs to the
/// municipality of the case its reference names (the case id, or the externalId of the finding that opened it); a line
/// whose reference names no case, to the municipalities of the user who made the lookup.
/// </summary>
internal sealed class AuditReadService(SacDbContext db) : IAuditReadService
{
    public async Task<PagedList<AuditLine>> SearchEntriesAsync(AuditEntryCriteria criteria, CancellationToken cancellationToken)
    {
        var allowed = criteria.Municipalities.ToList();
        var entries = db.AuditEntries.AsNoTracking().Where(e =>
            (e.MunicipalityNis != null && allowed.Contains(e.MunicipalityNis))
            || (e.MunicipalityNis == null && e.Subject == AuditSubject.User && db.Users.Any(u =>
                u.NormalizedUserName == e.SubjectId!.ToUpper()
                && db.UserMunicipalities.Any(m => m.UserId == u.Id && allowed.Contains(m.MunicipalityNis)))));
        if (criteria.From is { } from)
        {
            entries = entries.Where(e => e.At >= from);
        }

        if (criteria.Until is { } until)
        {
            entries = entries.Where(e => e.At < until);
        }

        if (criteria.UserName is { } userName)
        {
            var lower = userName.ToLowerInvariant();
            entries = entries.Where(e => e.UserName.ToLower() == lower);
        }

        if (criteria.Action is { } action)
        {
            entries = entries.Where(e => e.Action == action);
        }

        if (criteria.Subject is { } subject)
        {
            var id = Guid.TryParse(subject, out var guid) ? guid.ToString() : subject;
            entries = entries.Where(e => e.SubjectId == id || e.SubjectLabel == subject);
        }

        var total = await entries.CountAsync(cancellationToken);
        var items = await entries
            .OrderByDescending(e => e.At)
            .ThenByDescending(e => e.Id)
            .Skip((criteria.Page - 1) * criteria.PageSize)
            .Take(criteria.PageSize)
            .Select(e => new AuditLine(e.Id, e.At, e.UserName, e.Roles, e.Action, e.MunicipalityNis, e.Subject, e.SubjectId, e.SubjectLabel, e.Before, e.After))
            .ToListAsync(cancellationToken);
        return new PagedList<AuditLine>(items, total, criteria.Page, criteria.PageSize);
    }

    public async Task<PagedList<RegistryAccessLine>> SearchRegistryAccessesAsync(RegistryAccessCriteria criteria, CancellationToken cancellationToken)
    {
        var allowed = criteria.Municipalities.ToList();

        // Case ids read as text in upper case on SQLite and in lower case on PostgreSQL; references come as the API writes ids.
        var accesses = db.RegistryAccesses.AsNoTracking().Where(a =>
            db.Cases.Any(c => (c.Id.ToString().ToUpper() == a.Reference.ToUpper() || c.ExternalId == a.Reference) && allowed.Contains(c.MunicipalityNis))
            || (!db.Cases.Any(c => c.Id.ToString().ToUpper() == a.Reference.ToUpper() || c.ExternalId == a.Reference)
                && db.Users.Any(u => u.NormalizedUserName == a.UserName.ToUpper()
                    && db.UserMunicipalities.Any(m => m.UserId == u.Id && allowed.Contains(m.MunicipalityNis)))));
        if (criteria.From is { } from)
        {
            accesses = accesses.Where(a => a.At >= from);
        }

        if (criteria.Until is { } until)
        {
            accesses = accesses.Where(a => a.At < until);
        }

        if (criteria.UserName is { } userName)
        {
            var lower = userName.ToLowerInvariant();
            accesses = accesses.Where(a => a.UserName.ToLower() == lower);
        }

        if (criteria.Outcome is { } outcome)
        {
            accesses = accesses.Where(a => a.Outcome == outcome);
        }

        if (criteria.Registry is { } registry)
        {
            accesses = accesses.Where(a => a.Registry == registry);
        }

        if (criteria.Purpose is { } purpose)
        {
            accesses = accesses.Where(a => a.Purpose == purpose);
        }

        if (criteria.Subjects.Count > 0)
        {
            var subjects = criteria.Subjects.ToList();
            accesses = accesses.Where(a => subjects.Contains(a.Subject));
        }

        if (criteria.Reference is { } reference)
        {
            var upper = reference.ToUpperInvariant();
            accesses = accesses.Where(a => a.Reference == reference || a.Reference.ToUpper() == upper);
        }

        var total = await accesses.CountAsync(cancellationToken);
        var items = await accesses
            .OrderByDescending(a => a.At)
            .ThenByDescending(a => a.Id)
            .Skip((criteria.Page - 1) * criteria.PageSize)
            .Take(criteria.PageSize)
            .Select(a => new RegistryAccessLine(
                a.Id, a.At, a.UserName, a.Role, a.Registry, a.Subject, a.AtDate, a.Reference, a.Purpose, a.Outcome, a.FieldsReturned))
            .ToListAsync(cancellationToken);
        return new PagedList<RegistryAccessLine>(items, total, criteria.Page, criteria.PageSize);
    }

    public async Task<IReadOnlyList<AuditLine>> ListForCaseAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var id = caseId.ToString();
        return await db.AuditEntries.AsNoTracking()
            .Where(e => e.Subject == AuditSubject.Case && e.SubjectId == id)
            .OrderBy(e => e.At)
            .ThenBy(e => e.Id)
            .Select(e => new AuditLine(e.Id, e.At, e.UserName, e.Roles, e.Action, e.MunicipalityNis, e.Subject, e.SubjectId, e.SubjectLabel, e.Before, e.After))
            .ToListAsync(cancellationToken);
    }
}
