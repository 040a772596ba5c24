using Microsoft.EntityFrameworkCore;
using Sac.Application.Common.Ports;
using Sac.Application.Statistics;
using Sac.Domain.Cases;
using Sac.Domain.Decisions;
using Sac.Domain.Municipalities;

namespace Sac.Infrastructure.Persistence;

/// <summary>Each figure is one GROUP BY in the database; only the groups come back.</summary>
internal sealed class StatisticsReadService(SacDbContext db) : IStatisticsReadService
{
    private const int AgeOfMajority = 18;

    public async Task<StatisticsFigures> CountAsync(
        IReadOnlyCollection<string> municipalities, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var cases = db.Cases.AsNoTracking()
            .Where(c => municipalities.Contains(c.MunicipalityNis) && c.FindingDate >= from && c.FindingDate <= to);
        return new StatisticsFigures(
            await MonthsAsync(cases, cancellationToken),
            await InfractionsAsync(cases, municipalities, cancellationToken),
            await cases.GroupBy(c => c.InfractionCategory).Select(g => new Counted<InfractionCategory>(g.Key, g.Count())).ToListAsync(cancellationToken),
            await cases.Where(c => c.Decision != null).GroupBy(c => c.Decision!.Kind)
                .Select(g => new DecisionFigure(g.Key, g.Count(), g.Sum(c => c.Decision!.Amount) ?? 0m)).ToListAsync(cancellationToken),
            await cases.Where(c => c.CloseReason != null).GroupBy(c => c.CloseReason!.Value)
                .Select(g => new Counted<CloseReason>(g.Key, g.Count())).ToListAsync(cancellationToken),
            await cases.Where(c => c.Appeal != null).GroupBy(c => c.Appeal!.Outcome)
                .Select(g => new Counted<AppealOutcome?>(g.Key, g.Count())).ToListAsync(cancellationToken),
            await ProcedureAsync(cases, cancellationToken),
            await RevenueAsync(municipalities, from, to, cancellationToken));
    }

    /// <summary>One row per final fine enforceable in the period (its sums computed by the database), added up per municipality and year.</summary>
    private async Task<IReadOnlyList<RevenueFigure>> RevenueAsync(
        IReadOnlyCollection<string> municipalities, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var fines = await db.Cases.AsNoTracking()
            .Where(c => municipalities.Contains(c.MunicipalityNis) && c.EnforceableOn >= from && c.EnforceableOn <= to && c.Decision!.Kind == DecisionKind.Fine)
            .Select(c => new
            {
                c.MunicipalityNis,
                EnforceableOn = c.EnforceableOn!.Value,
                Due = c.Decision!.Amount ?? 0m,
                Received = c.Payments.Sum(p => p.Amount),
                Refunded = c.Refunds.Sum(r => r.Amount),
            })
            .ToListAsync(cancellationToken);
        return RevenueFigure.Of(fines.Select(f => (f.MunicipalityNis, f.EnforceableOn, f.Due, f.Received, f.Refunded)));
    }

    private static async Task<List<MonthFigures>> MonthsAsync(IQueryable<Case> cases, CancellationToken cancellationToken)
    {
        var found = await cases.GroupBy(c => new { c.FindingDate.Year, c.FindingDate.Month })
            .Select(g => new { g.Key.Year, g.Key.Month, Cases = g.Count() }).ToListAsync(cancellationToken);

        // A fine is final once enforceable; its amount is the decision's, as reduced on appeal.
        var finalFines = cases.Where(c => c.EnforceableOn != null && c.Decision!.Kind == DecisionKind.Fine);
        var owed = await finalFines.GroupBy(c => new { c.FindingDate.Year, c.FindingDate.Month })
            .Select(g => new { g.Key.Year, g.Key.Month, Amount = g.Sum(c => c.Decision!.Amount) ?? 0m }).ToListAsync(cancellationToken);
        var paid = await finalFines.SelectMany(c => c.Payments, (c, p) => new { c.FindingDate.Year, c.FindingDate.Month, p.Amount })
            .GroupBy(p => new { p.Year, p.Month })
            .Select(g => new { g.Key.Year, g.Key.Month, Amount = g.Sum(p => p.Amount) }).ToListAsync(cancellationToken);
        return [.. found.Select(m => new MonthFigures(
            new DateOnly(m.Year, m.Month, 1),
            m.Cases,
            owed.Where(o => o.Year == m.Year && o.Month == m.Month).Sum(o => o.Amount),
            paid.Where(p => p.Year == m.Year && p.Month == m.Month).Sum(p => p.Amount)))];
    }

    private async Task<List<InfractionFigure>> InfractionsAsync(
        IQueryable<Case> cases, IReadOnlyCollection<string> municipalities, CancellationToken cancellationToken)
    {
        var counted = await cases.GroupBy(c => c.InfractionCode).Select(g => new { Code = g.Key, Cases = g.Count() }).ToListAsync(cancellationToken);
        var codes = counted.Select(c => c.Code).ToList();

        // The wording of the latest version of each code in the regulations (a few rows per code).
        var versions = await db.Infractions.AsNoTracking()
            .Where(i => municipalities.Contains(EF.Property<string>(i, "MunicipalityNis")) && codes.Contains(i.Code))
            .Select(i => new { i.Code, i.TextNl, i.TextFr, i.ValidFrom }).ToListAsync(cancellationToken);
        var latest = versions.GroupBy(v => v.Code).ToDictionary(g => g.Key, g => g.MaxBy(v => v.ValidFrom)!);
        return [.. counted
            .Select(c => latest.TryGetValue(c.Code, out var text)
                ? new InfractionFigure(c.Code, text.TextNl, text.TextFr, c.Cases)
                : new InfractionFigure(c.Code, c.Code, c.Code, c.Cases))
            .OrderByDescending(i => i.Cases).ThenBy(i => i.Code, StringComparer.Ordinal)];
    }

    private static async Task<ProcedureFigures> ProcedureAsync(IQueryable<Case> cases, CancellationToken cancellationToken)
    {
        // A minor on the facts date: by the age kept at anonymisation, or else by the birth date against the facts date.
        // (The offender's columns cannot be read inside a grouped count, so minors are counted on their own.)
        var minors = await cases.CountAsync(
            c => (c.OffenderAgeAtFacts != null && c.OffenderAgeAtFacts < AgeOfMajority)
                || (c.Offender.BirthDate != null && c.Offender.BirthDate > c.FactsDate.AddYears(-AgeOfMajority)),
            cancellationToken);
        var offered = await cases.GroupBy(c => 1).Select(g => new
        {
            Mediation = g.Count(c => c.MediationOfferedOn != null),
            MediationSucceeded = g.Count(c => c.MediationOutcome == MediationOutcome.Succeeded),
            CommunityService = g.Count(c => c.CommunityServiceOfferedOn != null),
        }).FirstOrDefaultAsync(cancellationToken);
        return new ProcedureFigures(minors, offered?.Mediation ?? 0, offered?.MediationSucceeded ?? 0, offered?.CommunityService ?? 0);
    }
}
