using Mediator;
using Sac.Application.Common.Ports;
using Sac.Application.Deadlines;
using Sac.Domain.Calendar;
using Sac.Domain.Common;
using Sac.Domain.DataProtection;

namespace Sac.Application.DataProtection.AnonymiseExpiredCases;

/// <summary>
/// The database finds what expired with one comparison per retention period in use (<see cref="Retention.LatestExpiredStart"/>);
/// the domain decides again, line by line, before it erases anything.
/// </summary>
internal sealed class AnonymiseExpiredCasesHandler(IRetentionStore store, TimeProvider clock)
    : ICommandHandler<AnonymiseExpiredCasesCommand, Result<AnonymisationBatch>>
{
    public async ValueTask<Result<AnonymisationBatch>> Handle(AnonymiseExpiredCasesCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = BelgianTime.DateOf(now);
        var retentions = await store.ListRetentionsAsync(cancellationToken);
        var yearsOf = retentions.ToDictionary(r => r.Nis, r => r.RetentionYears, StringComparer.Ordinal);

        var cases = await store.LoadExpiredCasesAsync(Cutoffs(retentions, today, Retention.CaseMonths), command.BatchSize, cancellationToken);
        var anonymised = cases.Where(c => c.Anonymise(yearsOf[c.MunicipalityNis], now, SystemActor.Name).IsSuccess).Select(c => c.Id).ToList();

        var documents = anonymised.Count == 0 ? [] : await store.LoadDocumentsToEraseAsync(anonymised, cancellationToken);
        foreach (var document in documents)
        {
            document.EraseContent(today);
        }

        var entries = await store.LoadExpiredRegisterEntriesAsync(
            Cutoffs(retentions, today, Retention.RegisterMonths), command.BatchSize, cancellationToken);
        var anonymisedEntries = entries.Count(e => e.Anonymise(yearsOf[e.MunicipalityNis], now));

        var measureCutoffs = Cutoffs(retentions, today, Retention.MeasureMonths);
        var sanctions = await store.LoadExpiredCollegeSanctionsAsync(measureCutoffs, command.BatchSize, cancellationToken);
        var bans = await store.LoadExpiredPlaceBansAsync(measureCutoffs, command.BatchSize, cancellationToken);
        List<Guid> measures =
        [
            .. sanctions.Where(s => s.Anonymise(yearsOf[s.MunicipalityNis], now)).Select(s => s.Id),
            .. bans.Where(b => b.Anonymise(yearsOf[b.MunicipalityNis], now)).Select(b => b.Id),
        ];
        var letters = measures.Count == 0 ? 0 : await store.RemoveMeasureDocumentsAsync(measures, cancellationToken);

        return new AnonymisationBatch(
            anonymised.Count, documents.Count, anonymisedEntries, measures.Count, letters,
            new[] { cases.Count, entries.Count, sanctions.Count, bans.Count }.Contains(command.BatchSize));
    }

    /// <summary>One cutoff per retention period in use: municipalities with the same setting are searched together.</summary>
    private static List<RetentionCutoff> Cutoffs(IEnumerable<MunicipalityRetention> retentions, DateOnly today, Func<int, int> months) =>
        [.. retentions
            .GroupBy(r => r.RetentionYears)
            .Select(g => new RetentionCutoff([.. g.Select(r => r.Nis)], Retention.LatestExpiredStart(today, months(g.Key))))];
}
