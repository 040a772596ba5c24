using Microsoft.EntityFrameworkCore;
using Sac.Application.Common.Ports;
using Sac.Domain.Cases;
using Sac.Domain.Offenders;

namespace Sac.Infrastructure.Persistence;

/// <summary>The vehicle findings waiting for their holder, in one query; the rules repeat <see cref="Case.AwaitsVehicleHolder"/>.</summary>
internal sealed class PendingIdentifications(SacDbContext db) : IPendingIdentifications
{
    private const string Belgium = "BE";

    private static readonly CaseStatus[] BeforeDecision = [.. CaseTransitions.BeforeDecision];

    public async Task<IReadOnlyList<Case>> TakeAsync(int batchSize, CancellationToken cancellationToken) =>
        await db.Cases
            .AsSplitQuery()
            .Where(c => c.Offender.Type == OffenderType.Vehicle && c.Offender.PlateCountry == Belgium && BeforeDecision.Contains(c.Status))
            .Where(c => !c.Timeline.Any(e => e.Type == CaseEvent.HolderNotFound))
            .OrderBy(c => c.FactsDate)
            .ThenBy(c => c.Id)
            .Take(batchSize)
            .ToListAsync(cancellationToken);
}
