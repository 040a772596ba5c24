using Microsoft.EntityFrameworkCore;
using Sac.Application.Cases.Collection;
using Sac.Application.Cases.Dashboard;
using Sac.Application.Cases.SearchCases;
using Sac.Application.Common;
using Sac.Application.Common.Ports;
using Sac.Domain.Cases;

namespace Sac.Infrastructure.Persistence;

internal sealed class CaseReadService(SacDbContext db) : ICaseReadService
{
    public async Task<PagedList<CaseSummary>> SearchAsync(CaseSearchCriteria criteria, CancellationToken cancellationToken)
    {
        var cases = db.Cases.AsNoTracking().Where(c => criteria.Municipalities.Contains(c.MunicipalityNis));
        if (criteria.Status is { } status)
        {
            cases = cases.Where(c => c.Status == status);
        }

        if (criteria.NationalRegisterNumber is { } number)
        {
            cases = cases.Where(c => c.Offender.NationalRegisterNumber == number);
        }

        if (criteria.Plate is { } plate)
        {
            cases = cases.Where(c => c.Offender.Plate == plate);
        }

        if (criteria.FactsFrom is { } from)
        {
            cases = cases.Where(c => c.FactsDate >= from);
        }

        if (criteria.FactsTo is { } to)
        {
            cases = cases.Where(c => c.FactsDate <= to);
        }

        if (criteria.Queue is { } queue)
        {
            cases = cases.Where(WorkQueueFilters.Of(queue, criteria.Today));
        }

        // Counting a city's hundreds of thousands of cases exactly costs more than the page itself: a capped count stops early.
        var total = criteria.CountAtMost is { } cap ? await cases.Take(cap + 1).CountAsync(cancellationToken) : await cases.CountAsync(cancellationToken);

        // Only the offender's columns are read; its display name is computed by the domain after reading.
        var items = await cases
            .OrderByDescending(c => c.RecordedAt)
            .ThenByDescending(c => c.Number)
            .Skip((criteria.Page - 1) * criteria.PageSize)
            .Take(criteria.PageSize)
            .Select(c => new CaseSummary(
                c.Id,
                c.Number,
                c.MunicipalityNis,
                c.Status,
                c.InfractionCode,
                c.FactsAt,
                c.RecordedAt,
                c.Offender.DisplayName,
                c.Offender.Plate,
                c.Deadlines.Transmission,
                c.Deadlines.Decision,
                c.TimeBarWarnedAtDays))
            .ToListAsync(cancellationToken);
        return criteria.CountAtMost is { } most && total > most
            ? new PagedList<CaseSummary>(items, most, criteria.Page, criteria.PageSize, MoreThanTotal: true)
            : new PagedList<CaseSummary>(items, total, criteria.Page, criteria.PageSize);
    }

    public async Task<IReadOnlyList<QueueCount>> CountWorkQueuesAsync(
        IReadOnlyCollection<string> municipalities, DateOnly today, CancellationToken cancellationToken)
    {
        // One round trip: a grouped count per queue, glued with UNION ALL; each part walks the municipality-and-status index.
        var scoped = db.Cases.AsNoTracking().Where(c => municipalities.Contains(c.MunicipalityNis));
        var counts = await Enum.GetValues<WorkQueue>()
            .Select(queue => scoped.Where(WorkQueueFilters.Of(queue, today))
                .GroupBy(c => c.MunicipalityNis)
                .Select(g => new { Municipality = g.Key, Queue = queue, Cases = g.Count() }))
            .Aggregate(Queryable.Concat)
            .ToListAsync(cancellationToken);
        return [.. counts.Select(c => new QueueCount(c.Municipality, c.Queue, c.Cases))];
    }

    public async Task<IReadOnlyList<Guid>> FindDueCaseIdsAsync(DateOnly today, CancellationToken cancellationToken) =>
        await db.Cases.AsNoTracking().Where(c => c.NextDueOn <= today).Select(c => c.Id).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<CollectionLine>> ListInCollectionAsync(IReadOnlyCollection<string> municipalities, CancellationToken cancellationToken)
    {
        // Few rows (handed-over fines only), and the amounts come from the domain: read the aggregates.
        var handedOver = await db.Cases.AsNoTracking().AsSplitQuery()
            .Where(c => municipalities.Contains(c.MunicipalityNis) && c.Status == CaseStatus.InCollection)
            .OrderBy(c => c.HandedOverOn)
            .ToListAsync(cancellationToken);
        return [.. handedOver.Select(c => new CollectionLine(
            c.Id, c.Number, c.MunicipalityNis, c.Offender.DisplayName, c.Offender.NationalRegisterNumber, c.Offender.EnterpriseNumber,
            c.Offender.Address?.Street, c.Offender.Address?.HouseNumber, c.Offender.Address?.PostalCode, c.Offender.Address?.City, c.Offender.Address?.Country,
            c.Decision!.DecidedOn, c.EnforceableOn!.Value, c.HandedOverOn!.Value, c.AmountDue!.Value, c.AmountPaid, c.Outstanding!.Value,
            c.PaymentReference.ToString()))];
    }
}
