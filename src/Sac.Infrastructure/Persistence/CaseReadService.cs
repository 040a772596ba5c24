using Microsoft.EntityFrameworkCore;
using Sac.Application.Cases.SearchCases;
using Sac.Application.Common;
using Sac.Application.Common.Ports;

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

        var total = await cases.CountAsync(cancellationToken);

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
                c.Deadlines.Decision))
            .ToListAsync(cancellationToken);
        return new PagedList<CaseSummary>(items, total, criteria.Page, criteria.PageSize);
    }

    public async Task<IReadOnlyList<Guid>> FindDueCaseIdsAsync(DateOnly today, CancellationToken cancellationToken) =>
        await db.Cases.AsNoTracking().Where(c => c.NextDueOn <= today).Select(c => c.Id).ToListAsync(cancellationToken);
}
