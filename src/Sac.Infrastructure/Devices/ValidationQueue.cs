using Microsoft.EntityFrameworkCore;
using Sac.Application.Cases.SearchCases;
using Sac.Application.Cases.Validation;
using Sac.Application.Common;
using Sac.Application.Common.Ports;
using Sac.Domain.Calendar;
using Sac.Domain.Documents;
using Sac.Infrastructure.Persistence;

namespace Sac.Infrastructure.Devices;

internal sealed class ValidationQueue(SacDbContext db, TimeProvider clock) : IValidationQueue
{
    public async Task<PagedList<AwaitingValidation>> ListAsync(
        IReadOnlyCollection<string> municipalities, int page, int pageSize, CancellationToken cancellationToken)
    {
        // The same definition as the dashboard's counter: one work queue, one filter.
        var awaiting = db.Cases.AsNoTracking()
            .Where(c => municipalities.Contains(c.MunicipalityNis))
            .Where(WorkQueueFilters.Of(WorkQueue.AwaitingValidation, BelgianTime.DateOf(clock.GetUtcNow())));
        var total = await awaiting.CountAsync(cancellationToken);
        var rows = await awaiting
            .OrderBy(c => c.RecordedAt).ThenBy(c => c.Number)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(c => new
            {
                c.Id, c.Number, c.MunicipalityNis, c.InfractionCode, c.FactsAt, DeviceIdentifier = c.Device!.Identifier,
                c.Offender.Plate, c.Offender.PlateCountry, c.Place.Street, c.Version,
            })
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var photos = (await db.CaseDocuments.AsNoTracking()
                .Where(d => ids.Contains(d.CaseId) && d.Kind == DocumentKind.EvidencePhoto)
                .OrderBy(d => d.CreatedAt)
                .Select(d => new { d.CaseId, d.Id })
                .ToListAsync(cancellationToken))
            .ToLookup(d => d.CaseId, d => d.Id);
        return new PagedList<AwaitingValidation>(
            [.. rows.Select(r => new AwaitingValidation(
                r.Id, r.Number, r.MunicipalityNis, r.InfractionCode, r.FactsAt, r.DeviceIdentifier, r.Plate, r.PlateCountry, r.Street, r.Version,
                [.. photos[r.Id]]))],
            total, page, pageSize);
    }
}
